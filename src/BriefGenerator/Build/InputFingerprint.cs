using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BriefGenerator.Templating;

namespace BriefGenerator.Build;

/// <summary>A hash of everything a brief's outputs depend on: the brief file, each template folder it names, shared
/// partials at the templates root, the bundled fonts, the tool version, the formats and SOURCE_DATE_EPOCH.
/// Equal fingerprints mean the outputs would come out byte-identical, so the build can skip the brief.</summary>
public static class InputFingerprint
{
    private static readonly ConcurrentDictionary<string, string> FontHashes = new(StringComparer.Ordinal);

    public static string Compute(string briefPath, IReadOnlyList<string> templates, TemplateCatalog catalog, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add($"tool {options.ToolVersion}; formats {string.Join(',', options.Formats)}; epoch {options.SourceDateEpoch}");
        Add("brief");
        hash.AppendData(File.ReadAllBytes(briefPath));
        foreach (var name in templates)
        {
            Add("template " + name);
            var t = catalog.Find(name);
            if (t is not null) AddFolder(hash, t.Folder, recursive: true);
        }
        Add("shared");
        AddFolder(hash, catalog.Root, recursive: false);
        var partials = Path.Combine(catalog.Root, "partials");
        if (Directory.Exists(partials)) AddFolder(hash, partials, recursive: true);
        Add("fonts " + FontHashes.GetOrAdd(Path.GetFullPath(catalog.FontsFolder), HashFonts));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFolder(IncrementalHash hash, string folder, bool recursive)
    {
        if (!Directory.Exists(folder)) return;
        var files = Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
    }

    private static string HashFonts(string folder)
    {
        if (!Directory.Exists(folder)) return "none";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddFolder(hash, folder, recursive: false);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
