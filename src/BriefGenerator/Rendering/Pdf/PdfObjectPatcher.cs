using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Rewrites indirect objects of a PDF with a classic cross-reference table (as PDFsharp writes it) and
/// rebuilds the table, so the file stays a single clean revision. Puts in our XMP packet, compresses every stream through
/// <see cref="StreamDeflater"/> (PDFsharp 6.2.4 leaves its zlib data unterminated, so what it compressed is inflated and
/// compressed again), tidies content streams (<see cref="ContentStreamNesting"/>) and names the embedded fonts
/// (<see cref="EmbeddedFontNames"/>). Works on the bytes: other objects are copied through as they are.</summary>
internal static class PdfObjectPatcher
{
    /// <summary>Replaces the catalog's /Metadata stream with <paramref name="xmp"/>, writes every stream complete and
    /// compressed and renames the fonts (<paramref name="postScriptNames"/>: <see cref="Text.PostScriptNames.Of"/>).
    /// Returns the PDF unchanged if its layout is not the one expected.</summary>
    /// <paramref name="glyphTexts"/> (<see cref="Text.GlyphCodes.Texts"/>) puts the characters of ligature glyphs in
    /// the fonts' ToUnicode maps (<see cref="ToUnicodeMaps"/>).
    public static byte[] Finish(ReadOnlySpan<byte> pdf, byte[] xmp, IReadOnlyDictionary<string, string> postScriptNames,
        IReadOnlyDictionary<int, string>? glyphTexts = null) =>
        Rewrite(pdf, MetadataObject(pdf), xmp, postScriptNames, glyphTexts ?? new Dictionary<int, string>()) ?? pdf.ToArray();

    /// <summary>Rewrites every object in file order (patched or copied) and rebuilds the cross-reference table.
    /// Null if the file is not laid out as expected.</summary>
    private static byte[]? Rewrite(ReadOnlySpan<byte> pdf, int metadata, byte[] xmp, IReadOnlyDictionary<string, string> postScriptNames,
        IReadOnlyDictionary<int, string> glyphTexts)
    {
        if (!TryFindStartXref(pdf, out var startxref, out var xref) || xref >= pdf.Length) return null;
        int at = xref;
        if (!PdfBytes.TryRead(pdf, ref at, "xref"u8)) return null;
        PdfBytes.TryRead(pdf, ref at, "\r"u8);
        if (!PdfBytes.TryRead(pdf, ref at, "\n0 "u8) || !PdfBytes.TryReadNumber(pdf, ref at, out var count)) return null;
        PdfBytes.TryRead(pdf, ref at, "\r"u8);
        if (!PdfBytes.TryRead(pdf, ref at, "\n"u8)) return null;
        int entries = at;
        if (entries + 20L * count > pdf.Length) return null;

        var objects = new List<(int Number, int Offset)>();
        for (int i = 0; i < count; i++)
        {
            if (pdf[entries + 20 * i + 17] != 'n') continue;
            objects.Add((i, int.Parse(pdf.Slice(entries + 20 * i, 10), NumberStyles.Integer, CultureInfo.InvariantCulture)));
        }
        objects.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        if (objects.Count == 0 || objects[^1].Offset > xref) return null;
        var survey = PdfFileSurvey.Of(pdf, objects, xref, postScriptNames);

        var output = ScratchStreams.Rent();
        try { return WriteObjects(pdf, objects, xref, startxref, entries, count, metadata, xmp, survey, glyphTexts, output); }
        finally { ScratchStreams.Return(output); }
    }

    // Writes the objects into output (a scratch stream); the file's bytes, or null.
    private static byte[]? WriteObjects(ReadOnlySpan<byte> pdf, List<(int Number, int Offset)> objects, int xref, int startxref, int entries, int count,
        int metadata, byte[] xmp, PdfFileSurvey survey, IReadOnlyDictionary<int, string> glyphTexts, MemoryStream output)
    {
        // Streams come out compressed, so the file shrinks: room for a quarter of it to start with, not all of it.
        if (output.Capacity < pdf.Length / 4 + xmp.Length + 1024) output.Capacity = pdf.Length / 4 + xmp.Length + 1024;
        output.Write(pdf[..objects[0].Offset]);
        var offsets = new int[count];
        Array.Fill(offsets, -1);
        Span<byte> prefix = stackalloc byte[24];
        for (int k = 0; k < objects.Count; k++)
        {
            var (number, offset) = objects[k];
            int end = k + 1 < objects.Count ? objects[k + 1].Offset : xref;
            var obj = pdf[offset..end];
            if (!Utf8.TryWrite(prefix, CultureInfo.InvariantCulture, $"{number} 0 obj", out var written) || !obj.StartsWith(prefix[..written])) return null;
            offsets[number] = (int)output.Length;
            if (number == metadata) WriteMetadata(output, number, xmp);
            else if ((survey.Streams.GetValueOrDefault(number) ?? PdfStreamObject.TryRead(obj)) is { } stream) WriteStream(output, stream, survey, glyphTexts);
            else if (!survey.TryRename(output, obj)) output.Write(obj);
        }
        int newXref = (int)output.Length;
        output.Write(pdf[xref..entries]);
        Span<byte> field = stackalloc byte[10];
        for (int i = 0; i < count; i++)
        {
            var entry = pdf.Slice(entries + 20 * i, 20);
            if (offsets[i] < 0) { output.Write(entry); continue; }
            Utf8Formatter.TryFormat(offsets[i], field, out _, new StandardFormat('D', 10));
            output.Write(field);
            output.Write(entry[10..]);
        }
        int tail = entries + 20 * count;
        if (startxref < tail) return null;
        output.Write(pdf[tail..startxref]);
        WriteAscii(output, $"startxref\n{newXref}\n%%EOF\n");
        return output.ToArray();
    }

    private static void WriteMetadata(MemoryStream output, int number, byte[] xmp)
    {
        WriteAscii(output, $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n");
        output.Write(xmp);
        output.Write("\nendstream\nendobj\n"u8);
    }

    // Content streams tidied; every stream deflated through the process's cache (unchanged pages, font programs).
    private static void WriteStream(MemoryStream output, PdfStreamObject stream, PdfFileSurvey survey, IReadOnlyDictionary<int, string> glyphTexts)
    {
        var content = survey.ContentStreams.Contains(stream.Number);
        var data = content ? ContentStreamNesting.Tidy(stream.Data)
            : ToUnicodeMaps.IsMap(stream.Data) ? ToUnicodeMaps.Rewrite(stream.Data, glyphTexts) : stream.Data;
        stream.Write(output, StreamDeflater.Deflate(data));
    }

    // The first "/Metadata N 0 R" in the file (-1 when there is none).
    private static int MetadataObject(ReadOnlySpan<byte> pdf)
    {
        for (int from = 0; ;)
        {
            int found = pdf[from..].IndexOf("/Metadata"u8);
            if (found < 0) return -1;
            int start = from + found, at = start + "/Metadata".Length;
            if (Spaces(pdf, ref at) && PdfBytes.TryReadNumber(pdf, ref at, out var number) && Spaces(pdf, ref at)
                && PdfBytes.TryRead(pdf, ref at, "0"u8) && Spaces(pdf, ref at) && PdfBytes.TryRead(pdf, ref at, "R"u8))
                return number;
            from = start + 1;
        }
    }

    // "startxref N %%EOF" closing the file: where the keyword starts and the table offset N.
    private static bool TryFindStartXref(ReadOnlySpan<byte> pdf, out int start, out int xref)
    {
        xref = 0;
        start = pdf.LastIndexOf("startxref"u8);
        if (start < 0) return false;
        int at = start + "startxref".Length;
        return Spaces(pdf, ref at) && PdfBytes.TryReadNumber(pdf, ref at, out xref) && Spaces(pdf, ref at)
            && PdfBytes.TryRead(pdf, ref at, "%%EOF"u8) && PdfBytes.SkipSpaces(pdf, at) == pdf.Length;
    }

    // One or more whitespace characters.
    private static bool Spaces(ReadOnlySpan<byte> text, ref int at)
    {
        int end = PdfBytes.SkipSpaces(text, at);
        if (end == at) return false;
        at = end;
        return true;
    }

    private static void WriteAscii(MemoryStream output, string text)
    {
        if (text.Length > 256) { output.Write(Encoding.Latin1.GetBytes(text)); return; }
        Span<byte> buffer = stackalloc byte[256];
        output.Write(buffer[..Encoding.Latin1.GetBytes(text, buffer)]);
    }
}
