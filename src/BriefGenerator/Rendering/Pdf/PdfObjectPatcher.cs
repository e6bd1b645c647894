using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Rewrites indirect objects of a PDF with a classic cross-reference table (as PDFsharp writes it) and
/// rebuilds the table, so the file stays a single clean revision. Used to put in our XMP packet and to compress page
/// content streams properly (PDFsharp 6.2.4 leaves its content streams' zlib data unterminated) and font programs.
/// Works on the bytes: objects are copied through as they are unless patched.</summary>
internal static class PdfObjectPatcher
{
    /// <summary>Replaces the catalog's /Metadata stream with <paramref name="xmp"/> and flate-compresses every
    /// unfiltered content stream and font program. Returns the PDF unchanged if its layout is not the one expected.</summary>
    public static byte[] Finish(ReadOnlySpan<byte> pdf, byte[] xmp) => Rewrite(pdf, MetadataObject(pdf), xmp) ?? pdf.ToArray();

    /// <summary>Rewrites every object in file order (patched or copied) and rebuilds the cross-reference table.
    /// Null if the file is not laid out as expected.</summary>
    private static byte[]? Rewrite(ReadOnlySpan<byte> pdf, int metadata, byte[] xmp)
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

        using var output = new MemoryStream(pdf.Length + xmp.Length + 1024);
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
            else if (!TryCompress(output, number, obj) && !TryCompressFontProgram(output, number, obj)) output.Write(obj);
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

    // "N 0 obj\n<</Length L>>\nstream\n": a content stream (or other plain stream) PDFsharp left uncompressed.
    private static bool TryCompress(MemoryStream output, int number, ReadOnlySpan<byte> obj)
    {
        int at = 0;
        if (!PdfBytes.TryReadNumber(obj, ref at, out _) || !PdfBytes.TryRead(obj, ref at, " 0 obj\n<</Length "u8)
            || !PdfBytes.TryReadNumber(obj, ref at, out var length) || !PdfBytes.TryRead(obj, ref at, ">>\nstream\n"u8)
            || at + (long)length > obj.Length) return false;
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(obj.Slice(at, length));
        WriteAscii(output, $"{number} 0 obj\n<</Length {packed.Length}/Filter/FlateDecode>>\nstream\n");
        output.Write(packed.GetBuffer().AsSpan(0, (int)packed.Length));
        output.Write("\nendstream\nendobj\n"u8);
        return true;
    }

    // PDFsharp is asked not to compress font programs (the one thing its NoCompression option covers), so that the
    // same subset is deflated once per process rather than on every render; written back as PDFsharp writes them.
    private static bool TryCompressFontProgram(MemoryStream output, int number, ReadOnlySpan<byte> obj)
    {
        int at = 0;
        if (!PdfBytes.TryReadNumber(obj, ref at, out _) || !PdfBytes.TryRead(obj, ref at, " 0 obj\n<</Length1 "u8)) return false;
        int length1 = at;
        if (!PdfBytes.TryReadNumber(obj, ref at, out _)) return false;
        var length1Digits = obj[length1..at];
        if (!PdfBytes.TryRead(obj, ref at, "/Length "u8) || !PdfBytes.TryReadNumber(obj, ref at, out var length)
            || !PdfBytes.TryRead(obj, ref at, ">>\nstream\n"u8) || at + (long)length > obj.Length) return false;
        var packed = CompressedFontPrograms.Deflate(obj.Slice(at, length));
        WriteAscii(output, $"{number} 0 obj\n<</Length1 ");
        output.Write(length1Digits);
        WriteAscii(output, $"/Filter/FlateDecode/Length {packed.Length}>>\nstream\n");
        output.Write(packed);
        output.Write("\nendstream\nendobj\n"u8);
        return true;
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
