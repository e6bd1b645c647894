using System.Globalization;
using System.Text;

namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>The PDF syntax of ISO 32000-1 §7.2–7.3, read by hand so the tests see the bytes as any reader would: numbers
/// (double), booleans, null, strings, names, arrays (<c>List&lt;object?&gt;</c>), dictionaries
/// (<c>Dictionary&lt;string, object?&gt;</c>) and keywords.</summary>
public sealed class PdfSyntax
{
    private readonly byte[] _data;

    public PdfSyntax(byte[] data, int position = 0)
    {
        _data = data;
        Position = position;
    }

    /// <summary>Where the next token starts (after whitespace and comments are skipped).</summary>
    public int Position { get; set; }

    /// <summary>True at the end of the data.</summary>
    public bool AtEnd
    {
        get { SkipSpace(); return Position >= _data.Length; }
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipSpace()
    {
        while (Position < _data.Length)
        {
            if (IsWhite(_data[Position])) Position++;
            else if (_data[Position] == '%') { while (Position < _data.Length && _data[Position] is not (10 or 13)) Position++; }
            else break;
        }
    }

    /// <summary>Reads one object; <c>N G R</c> becomes a <see cref="PdfRef"/> when <paramref name="references"/>.</summary>
    public object? Read(bool references = true)
    {
        SkipSpace();
        if (Position >= _data.Length) throw new FormatException("unexpected end of data");
        byte b = _data[Position];
        switch (b)
        {
            case (byte)'/': return ReadName();
            case (byte)'(': return ReadLiteral();
            case (byte)'[':
            {
                Position++;
                var list = new List<object?>();
                while (true)
                {
                    SkipSpace();
                    if (Position >= _data.Length) throw new FormatException("unterminated array");
                    if (_data[Position] == ']') { Position++; return list; }
                    list.Add(Read(references));
                }
            }
            case (byte)'<' when Position + 1 < _data.Length && _data[Position + 1] == '<':
            {
                Position += 2;
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (true)
                {
                    SkipSpace();
                    if (Position + 1 < _data.Length && _data[Position] == '>' && _data[Position + 1] == '>') { Position += 2; return dict; }
                    if (Read(false) is not PdfName key) throw new FormatException($"dictionary key is not a name at {Position}");
                    dict[key.Value] = Read(references);
                }
            }
            case (byte)'<': return ReadHex();
        }
        if (b is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.')
        {
            var number = ReadNumber();
            if (references && number == Math.Floor(number) && number >= 0)
            {
                int save = Position;
                SkipSpace();
                if (Position < _data.Length && char.IsAsciiDigit((char)_data[Position]))
                {
                    var generation = ReadNumber();
                    SkipSpace();
                    if (Position < _data.Length && _data[Position] == 'R' && (Position + 1 == _data.Length || IsWhite(_data[Position + 1]) || IsDelimiter(_data[Position + 1])))
                    {
                        Position++;
                        return new PdfRef((int)number, (int)generation);
                    }
                }
                Position = save;
            }
            return number;
        }
        int start = Position;
        while (Position < _data.Length && !IsWhite(_data[Position]) && !IsDelimiter(_data[Position])) Position++;
        if (Position == start) throw new FormatException($"unexpected byte '{(char)b}' at {start}");
        var word = Encoding.Latin1.GetString(_data, start, Position - start);
        return word switch { "true" => true, "false" => false, "null" => null, _ => new PdfKeyword(word) };
    }

    private double ReadNumber()
    {
        int start = Position;
        while (Position < _data.Length && _data[Position] is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.') Position++;
        return double.Parse(Encoding.Latin1.GetString(_data, start, Position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private PdfName ReadName()
    {
        Position++;
        var bytes = new List<byte>();
        while (Position < _data.Length && !IsWhite(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            if (_data[Position] == '#' && Position + 2 < _data.Length)
            {
                bytes.Add(Convert.ToByte(Encoding.Latin1.GetString(_data, Position + 1, 2), 16));
                Position += 3;
            }
            else bytes.Add(_data[Position++]);
        }
        return new PdfName(Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private PdfString ReadHex()
    {
        Position++;
        var digits = new StringBuilder();
        while (Position < _data.Length && _data[Position] != '>')
        {
            if (!IsWhite(_data[Position])) digits.Append((char)_data[Position]);
            Position++;
        }
        if (Position >= _data.Length) throw new FormatException("unterminated hex string");
        Position++;
        if (digits.Length % 2 == 1) digits.Append('0');
        return new PdfString(Convert.FromHexString(digits.ToString()));
    }

    private PdfString ReadLiteral()
    {
        Position++;
        var bytes = new List<byte>();
        for (int depth = 1; ;)
        {
            if (Position >= _data.Length) throw new FormatException("unterminated string");
            byte b = _data[Position++];
            if (b == '(') depth++;
            else if (b == ')' && --depth == 0) return new PdfString(bytes.ToArray());
            else if (b == '\\')
            {
                byte e = _data[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); continue;
                    case (byte)'r': bytes.Add(13); continue;
                    case (byte)'t': bytes.Add(9); continue;
                    case (byte)'b': bytes.Add(8); continue;
                    case (byte)'f': bytes.Add(12); continue;
                    case 13: if (Position < _data.Length && _data[Position] == 10) Position++; continue;
                    case 10: continue;
                }
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && Position < _data.Length && _data[Position] is >= (byte)'0' and <= (byte)'7'; k++)
                        value = value * 8 + (_data[Position++] - '0');
                    bytes.Add((byte)value);
                    continue;
                }
                bytes.Add(e);
                continue;
            }
            bytes.Add(b);
        }
    }
}
