using System.Globalization;
using System.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>A stream object as PDFsharp writes it, <c>N 0 obj\n&lt;&lt;/Key value…&gt;&gt;\nstream\n</c> data
/// <c>\nendstream\nendobj</c>, with a flat dictionary of names and numbers: its entries and its data, decoded.</summary>
internal sealed class PdfStreamObject
{
    private PdfStreamObject(int number, List<(string Key, string Value)> entries, byte[] data)
    {
        Number = number;
        Entries = entries;
        Data = data;
    }

    /// <summary>The object number.</summary>
    public int Number { get; }

    /// <summary>The dictionary entries other than <c>/Length</c> and <c>/Filter</c>, in file order, as written.</summary>
    public List<(string Key, string Value)> Entries { get; }

    /// <summary>The stream data, decoded (it was either unfiltered or FlateDecode).</summary>
    public byte[] Data { get; }

    /// <summary>True when the dictionary has <paramref name="key"/> (e.g. <c>/Length1</c>).</summary>
    public bool Has(string key) => Entries.Exists(e => e.Key == key);

    /// <summary>Reads a stream object; null if <paramref name="obj"/> is not one, or has a filter other than FlateDecode
    /// or a dictionary that is not flat.</summary>
    public static PdfStreamObject? TryRead(ReadOnlySpan<byte> obj)
    {
        int at = 0;
        if (!PdfBytes.TryReadNumber(obj, ref at, out var number) || !PdfBytes.TryRead(obj, ref at, " 0 obj\n<<"u8)) return null;
        int close = obj[at..].IndexOf(">>\nstream\n"u8);
        if (close < 0) return null;
        var dict = Encoding.Latin1.GetString(obj.Slice(at, close));
        if (dict.Contains('<') || dict.Contains('[') || dict.Contains('(')) return null;
        int dataStart = at + close + ">>\nstream\n".Length;

        var entries = new List<(string Key, string Value)>();
        int? length = null;
        bool flate = false;
        var tokens = dict.Replace("/", " /").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < tokens.Length; i += 2)
        {
            var (key, value) = (tokens[i], tokens[i + 1]);
            if (!key.StartsWith('/')) return null;
            if (key == "/Length" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) length = n;
            else if (key == "/Filter") { if (value != "/FlateDecode") return null; flate = true; }
            else entries.Add((key, value));
        }
        if (tokens.Length % 2 != 0 || length is not { } len || dataStart + (long)len > obj.Length) return null;
        var raw = obj.Slice(dataStart, len);
        return new PdfStreamObject(number, entries, flate ? StreamDeflater.Inflate(raw) : raw.ToArray());
    }

    /// <summary>Writes the object with <paramref name="packed"/> (FlateDecode data of <see cref="Data"/> or a replacement).</summary>
    public void Write(MemoryStream output, byte[] packed)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Number} 0 obj\n<<");
        foreach (var (key, value) in Entries) sb.Append(key).Append(value.StartsWith('/') ? "" : " ").Append(value);
        sb.Append(CultureInfo.InvariantCulture, $"/Filter/FlateDecode/Length {packed.Length}>>\nstream\n");
        output.Write(Encoding.Latin1.GetBytes(sb.ToString()));
        output.Write(packed);
        output.Write("\nendstream\nendobj\n"u8);
    }
}
