using System.Text;

namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>A PDF string's bytes (literal or hexadecimal).</summary>
public sealed record PdfString(byte[] Bytes)
{
    /// <summary>As a text string: UTF-16BE after a byte order mark, UTF-8 after its mark, else PDFDocEncoding (read as Latin-1).</summary>
    public string Text => Bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2)
        : Bytes is [0xEF, 0xBB, 0xBF, ..] ? Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3)
        : Encoding.Latin1.GetString(Bytes);
}
