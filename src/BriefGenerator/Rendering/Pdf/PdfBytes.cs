using System.Buffers.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Small scanners over a PDF's bytes (read as Latin-1 text), for the finishing steps that patch PDFsharp's
/// output in place of regular expressions over a copy of the whole file as a string.</summary>
internal static class PdfBytes
{
    /// <summary>What <c>\s</c> matches in a .NET regular expression over Latin-1 text.</summary>
    public static bool IsSpace(byte b) => b is (>= 0x09 and <= 0x0D) or 0x20 or 0x85 or 0xA0;

    /// <summary>An ASCII digit.</summary>
    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>An ASCII hexadecimal digit.</summary>
    public static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    /// <summary>The index after any whitespace from <paramref name="at"/>.</summary>
    public static int SkipSpaces(ReadOnlySpan<byte> text, int at)
    {
        while (at < text.Length && IsSpace(text[at])) at++;
        return at;
    }

    /// <summary>Reads the run of digits at <paramref name="at"/> (at least one); false when there is none or it overflows.</summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> text, ref int at, out int value)
    {
        int end = at;
        while (end < text.Length && IsDigit(text[end])) end++;
        value = 0;
        if (end == at || !Utf8Parser.TryParse(text[at..end], out value, out _)) return false;
        at = end;
        return true;
    }

    /// <summary>True when <paramref name="literal"/> is at <paramref name="at"/>; moves past it.</summary>
    public static bool TryRead(ReadOnlySpan<byte> text, ref int at, ReadOnlySpan<byte> literal)
    {
        if (!text[at..].StartsWith(literal)) return false;
        at += literal.Length;
        return true;
    }
}
