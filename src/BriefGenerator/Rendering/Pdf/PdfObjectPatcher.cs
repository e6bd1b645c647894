using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Rewrites indirect objects of a PDF with a classic cross-reference table (as PDFsharp writes it) and
/// rebuilds the table, so the file stays a single clean revision. Used to put in our XMP packet and to compress page
/// content streams properly (PDFsharp 6.2.4 leaves its content streams' zlib data unterminated).</summary>
internal static partial class PdfObjectPatcher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Replaces the catalog's /Metadata stream with <paramref name="xmp"/> and flate-compresses every
    /// unfiltered content stream. Returns the PDF unchanged if its layout is not the one expected.</summary>
    public static byte[] Finish(byte[] pdf, byte[] xmp)
    {
        var text = Latin1.GetString(pdf);
        var meta = MetadataRef().Match(text);
        int metadata = meta.Success ? int.Parse(meta.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        var xmpText = Latin1.GetString(xmp);
        var patched = Rewrite(text, (number, obj) =>
            number == metadata
                ? $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n{xmpText}\nendstream\nendobj\n"
                : Compress(number, obj));
        return patched is null ? pdf : Latin1.GetBytes(patched);
    }

    private static string? Compress(int number, string obj)
    {
        var m = PlainStream().Match(obj);
        if (!m.Success) return null;
        int length = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (m.Length + length > obj.Length) return null;
        var data = Latin1.GetBytes(obj.Substring(m.Length, length));
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        var packed = Latin1.GetString(buffer.ToArray());
        return $"{number} 0 obj\n<</Length {packed.Length}/Filter/FlateDecode>>\nstream\n{packed}\nendstream\nendobj\n";
    }

    /// <summary>Applies <paramref name="transform"/> (object number, object text → new text or null to keep) to every
    /// object in file order and rebuilds the cross-reference table. Null if the file is not laid out as expected.</summary>
    private static string? Rewrite(string text, Func<int, string, string?> transform)
    {
        var start = StartXref().Match(text);
        if (!start.Success) return null;
        int xref = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        var header = XrefHeader().Match(text, xref);
        if (!header.Success || header.Index != xref || header.Groups[1].Value != "0") return null;
        int count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        int entries = header.Index + header.Length;
        if (entries + 20 * count > text.Length) return null;

        var objects = new List<(int Number, int Offset)>();
        for (int i = 0; i < count; i++)
        {
            if (text[entries + 20 * i + 17] != 'n') continue;
            objects.Add((i, int.Parse(text.AsSpan(entries + 20 * i, 10), CultureInfo.InvariantCulture)));
        }
        objects.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        if (objects.Count == 0 || objects[^1].Offset > xref) return null;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, objects[0].Offset);
        var offsets = new Dictionary<int, int>();
        for (int k = 0; k < objects.Count; k++)
        {
            var (number, offset) = objects[k];
            int end = k + 1 < objects.Count ? objects[k + 1].Offset : xref;
            var obj = text[offset..end];
            if (!obj.StartsWith($"{number} 0 obj", StringComparison.Ordinal)) return null;
            offsets[number] = sb.Length;
            sb.Append(transform(number, obj) ?? obj);
        }
        int newXref = sb.Length;
        sb.Append(text, xref, entries - xref);
        for (int i = 0; i < count; i++)
        {
            var entry = text.Substring(entries + 20 * i, 20);
            if (offsets.TryGetValue(i, out var at)) entry = at.ToString("D10", CultureInfo.InvariantCulture) + entry[10..];
            sb.Append(entry);
        }
        var tail = text[(entries + 20 * count)..];
        sb.Append(StartXref().Replace(tail, $"startxref\n{newXref}\n%%EOF\n"));
        return sb.ToString();
    }

    [GeneratedRegex(@"/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex MetadataRef();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"xref\r?\n(\d+) (\d+)\r?\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"^\d+ 0 obj\n<</Length (\d+)>>\nstream\n")]
    private static partial Regex PlainStream();
}
