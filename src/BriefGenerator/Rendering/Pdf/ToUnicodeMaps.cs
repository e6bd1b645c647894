using System.Globalization;
using System.Text;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Rewrites the entries of PDFsharp's <c>ToUnicode</c> maps that point at a stand-in code
/// (<see cref="GlyphCodes"/>) to the characters the glyph stands for, e.g. the "ffi" ligature's glyph to
/// <c>&lt;006600660069&gt;</c>. PDFsharp writes one <c>bfrange</c> line per glyph, <c>&lt;GGGG&gt;&lt;GGGG&gt;&lt;code&gt;</c>.</summary>
internal static class ToUnicodeMaps
{
    private static ReadOnlySpan<byte> Start => "/CIDInit /ProcSet findresource begin"u8;

    /// <summary>True when a stream's data is a CMap of the kind PDFsharp writes for ToUnicode.</summary>
    public static bool IsMap(ReadOnlySpan<byte> data) => data.StartsWith(Start);

    /// <summary>The map with its stand-in entries rewritten; <paramref name="data"/> itself when it has none.</summary>
    public static byte[] Rewrite(byte[] data, IReadOnlyDictionary<int, string> texts)
    {
        if (texts.Count == 0) return data;
        var lines = Encoding.ASCII.GetString(data).Split('\n');
        bool changed = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            // "<0A1F><0A1F><F0003>"
            if (line.Length < 14 || line[0] != '<' || !line.EndsWith('>')) continue;
            var last = line.LastIndexOf('<');
            if (!int.TryParse(line.AsSpan(last + 1, line.Length - last - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || !texts.TryGetValue(code, out var text) || text.Length == 0) continue;
            var hex = new StringBuilder(line, 0, last + 1, last + 2 + 4 * text.Length);
            foreach (var c in text) hex.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            lines[i] = hex.Append('>').ToString();
            changed = true;
        }
        return changed ? Encoding.ASCII.GetBytes(string.Join('\n', lines)) : data;
    }
}
