using System.Globalization;
using System.Text;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A growing byte buffer with the few PDF tokens the writer needs: ASCII text, integers, numbers with at most
/// four decimals, names, text strings and hex glyph codes. Page content and object bodies are written into it.</summary>
internal sealed class PdfBuffer
{
    private byte[] _bytes;

    /// <summary>An empty buffer with room for <paramref name="capacity"/> bytes.</summary>
    public PdfBuffer(int capacity = 4096) => _bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>Room before the buffer grows.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>Bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>What was written.</summary>
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>What was written, to change in place (the file identifiers).</summary>
    public Span<byte> Writable => _bytes.AsSpan(0, Length);

    /// <summary>Forgets what was written, keeping the room.</summary>
    public void Clear() => Length = 0;

    private Span<byte> Room(int size)
    {
        if (Length + size > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + size));
        return _bytes.AsSpan(Length);
    }

    /// <summary>Appends raw bytes.</summary>
    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Appends one byte.</summary>
    public PdfBuffer Byte(byte b)
    {
        Room(1)[0] = b;
        Length++;
        return this;
    }

    /// <summary>Appends ASCII (Latin-1) text.</summary>
    public PdfBuffer Ascii(string text)
    {
        Length += Encoding.Latin1.GetBytes(text, Room(text.Length));
        return this;
    }

    /// <summary>Appends an integer.</summary>
    public PdfBuffer Int(long value)
    {
        value.TryFormat(Room(20), out var n, default, CultureInfo.InvariantCulture);
        Length += n;
        return this;
    }

    /// <summary>Appends a number with at most four decimals (no exponent, no trailing zeros).</summary>
    public PdfBuffer Num(double value)
    {
        var scaled = Math.Round(value * 10000);
        if (double.IsNaN(scaled) || Math.Abs(scaled) >= 9e17) return Int(0);
        long units = (long)scaled;
        if (units < 0) { Byte((byte)'-'); units = -units; }
        Int(units / 10000);
        long fraction = units % 10000;
        if (fraction == 0) return this;
        var room = Room(5);
        room[0] = (byte)'.';
        int digits = 4;
        while (fraction % 10 == 0) { fraction /= 10; digits--; }
        for (int d = digits; d >= 1; d--) { room[d] = (byte)('0' + fraction % 10); fraction /= 10; }
        Length += digits + 1;
        return this;
    }

    /// <summary>Appends a space.</summary>
    public PdfBuffer Sp() => Byte((byte)' ');

    /// <summary>Appends a line feed.</summary>
    public PdfBuffer Nl() => Byte((byte)'\n');

    /// <summary>Appends an indirect reference <c>N 0 R</c>.</summary>
    public PdfBuffer Ref(int number) => Int(number).Bytes(" 0 R"u8);

    /// <summary>Appends a name (<c>/Name</c>), escaping what a name cannot hold as <c>#xx</c>.</summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')) Byte(b);
            else Byte((byte)'#').Hex(b);
        }
        return this;
    }

    /// <summary>Appends a text string: a literal string when the text is printable ASCII, else UTF-16BE with a byte
    /// order mark, in hex (ISO 32000-1 §7.9.2.2).</summary>
    public PdfBuffer Text(string text)
    {
        bool ascii = true;
        foreach (var c in text) if (c is < ' ' or > '~') { ascii = false; break; }
        if (ascii)
        {
            Byte((byte)'(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') Byte((byte)'\\');
                Byte((byte)c);
            }
            return Byte((byte)')');
        }
        Bytes("<FEFF"u8);
        foreach (var c in text) Hex((byte)(c >> 8)).Hex((byte)c);
        return Byte((byte)'>');
    }

    /// <summary>Appends a byte as two upper-case hex digits.</summary>
    public PdfBuffer Hex(byte b)
    {
        var room = Room(2);
        room[0] = Digit(b >> 4);
        room[1] = Digit(b & 15);
        Length += 2;
        return this;
    }

    /// <summary>Appends a glyph id as four hex digits (a two-byte Identity-H code).</summary>
    public PdfBuffer Glyph(ushort glyph) => Hex((byte)(glyph >> 8)).Hex((byte)glyph);

    private static byte Digit(int v) => (byte)(v < 10 ? '0' + v : 'A' + v - 10);
}
