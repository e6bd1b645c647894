using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>The PostScript name (<c>name</c> table, name ID 6) of a face, which the PDF names its embedded subset by
/// (ISO 32000-1 §9.6.2: <c>ABCDEF+NotoSans-Bold</c>).</summary>
internal static class PostScriptNames
{
    // Per face for the whole process (faces are shared by every render, like their data).
    private static readonly ConditionalWeakTable<FontFace, string> Faces = new();

    /// <summary>The face's PostScript name, or its face name when the font has none.</summary>
    public static string Of(FontFace face) => Faces.GetValue(face, static f => Read(f.Bytes.Span) ?? f.FaceName);

    /// <summary>Name ID 6 of a TrueType font (Windows Unicode or Macintosh Roman record), or null.</summary>
    public static string? Read(ReadOnlySpan<byte> font)
    {
        if (!TryFindTable(font, "name"u8, out var table, out var size) || size < 6) return null;
        var span = font.Slice(table, size);
        int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (int i = 0; i < count && 6 + 12 * (i + 1) <= span.Length; i++)
        {
            var r = span[(6 + 12 * i)..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(r), nameId = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]), offset = strings + BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (nameId != 6 || platform is not (1 or 3) || offset + length > span.Length || length == 0) continue;
            var bytes = span.Slice(offset, length);
            return platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        }
        return null;
    }

    private static bool TryFindTable(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag, out int offset, out int length)
    {
        offset = length = 0;
        if (font.Length < 12) return false;
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (int t = 0; t < tables && 12 + 16 * (t + 1) <= font.Length; t++)
        {
            var rec = font[(12 + 16 * t)..];
            if (!rec[..4].SequenceEqual(tag)) continue;
            offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            length = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]);
            return offset >= 0 && length >= 0 && (long)offset + length <= font.Length;
        }
        return false;
    }
}
