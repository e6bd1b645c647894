using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BriefGenerator.Theming;

/// <summary>The fonts a build may use: every <c>Family-Style.ttf</c> in a fonts folder
/// (e.g. <c>NotoSerif-BoldItalic.ttf</c> is family "Noto Serif", style bold italic).
/// One library per folder per process while the folder is unchanged: font files are read once and shared by every
/// brief and renderer; a font added, removed or replaced (another size or time) makes the next <see cref="Open"/>
/// scan the folder again, so <c>brief watch</c> picks it up.</summary>
public sealed partial class FontLibrary
{
    private static readonly ConcurrentDictionary<string, FontLibrary> Cache = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, FontStyle Style), FontFace> _faces;

    private FontLibrary(string folder, Dictionary<(string, FontStyle), FontFace> faces)
    {
        Folder = folder;
        _faces = faces;
    }

    /// <summary>The folder the fonts came from.</summary>
    public string Folder { get; }

    /// <summary>All faces, in a stable order.</summary>
    public IReadOnlyList<FontFace> Faces => _faces.Values.OrderBy(f => f.FaceName, StringComparer.Ordinal).ToList();

    /// <summary>The families available, e.g. "Noto Sans", "Noto Serif".</summary>
    public IReadOnlyList<string> Families => _faces.Values.Select(f => f.Family).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Opens (or returns the cached) library for a folder.</summary>
    public static FontLibrary Open(string folder)
    {
        var full = Path.GetFullPath(folder);
        // The cheap check first (FontFolderStamp): a build of many briefs opens the same folder for each.
        var cached = Cache.TryGetValue(full, out var library);
        if (cached && library!._quick?.Holds(full) == true) return library;
        var quick = FontFolderStamp.Take(full); // before the full check: a change after it shows in the next Holds
        var stamp = Stamp(full);
        if (cached && library!._stamp == stamp)
        {
            library._quick = quick;
            return library;
        }
        library = Scan(full, library is null ? 0 : library._generation + 1);
        library._stamp = stamp;
        library._quick = quick;
        return Cache[full] = library;
    }

    /// <summary>Names, sizes and write times of the folder's fonts: what tells a changed folder from the one scanned.</summary>
    public static string Stamp(string folder)
    {
        if (!Directory.Exists(folder)) return "none";
        return string.Join('\n', Directory.EnumerateFiles(folder, "*.ttf").Order(StringComparer.Ordinal)
            .Select(p => new FileInfo(p)).Select(f => $"{f.Name} {(f.Exists ? f.Length : -1)} {(f.Exists ? f.LastWriteTimeUtc.Ticks : 0)}"));
    }

    private string _stamp = "";
    private FontFolderStamp? _quick; // the folder as the last full check found it, for the cheap check
    private int _generation;

    /// <summary>Finds a face. A missing bold/italic face falls back to the nearest style of the same family;
    /// a missing family returns null.</summary>
    public FontFace? Find(string family, FontStyle style)
    {
        var key = Key(family);
        foreach (var s in new[] { style, style & ~FontStyle.Italic, style & ~FontStyle.Bold, FontStyle.Regular })
            if (_faces.TryGetValue((key, s), out var face)) return face;
        return null;
    }

    /// <summary>True when the library has at least the regular face of the family.</summary>
    public bool HasFamily(string family) => Find(family, FontStyle.Regular) is not null;

    private static string Key(string family) => family.Replace(" ", "").ToLowerInvariant();

    private static FontLibrary Scan(string folder, int generation)
    {
        var faces = new Dictionary<(string, FontStyle), FontFace>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.ttf").Order(StringComparer.Ordinal))
            {
                var m = FileName().Match(System.IO.Path.GetFileNameWithoutExtension(path));
                if (!m.Success) continue;
                var family = SplitCamel(m.Groups["family"].Value);
                var style = m.Groups["style"].Value switch
                {
                    "Bold" => FontStyle.Bold,
                    "Italic" => FontStyle.Italic,
                    "BoldItalic" => FontStyle.BoldItalic,
                    _ => FontStyle.Regular,
                };
                faces[(Key(family), style)] = new FontFace(family, style, path, folder, generation);
            }
        }
        return new FontLibrary(folder, faces) { _generation = generation };
    }

    // "NotoSansMono" -> "Noto Sans Mono"
    private static string SplitCamel(string s) => CamelBoundary().Replace(s, " ");

    [GeneratedRegex("^(?<family>[A-Za-z0-9]+)-(?<style>Regular|Bold|Italic|BoldItalic)$")]
    private static partial Regex FileName();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();
}
