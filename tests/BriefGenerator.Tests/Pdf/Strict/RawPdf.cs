using System.Text;

namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>A PDF read from its bytes the way a strict reader does: <c>startxref</c>, the classic cross-reference table
/// and trailer, then every object at the offset the table gives (which must start with <c>N 0 obj</c>), streams cut by
/// their <c>/Length</c> and followed by <c>endstream</c>. Anything else is a <see cref="FormatException"/>.</summary>
public sealed class RawPdf
{
    private RawPdf(Dictionary<int, RawObject> objects, Dictionary<string, object?> trailer)
    {
        Objects = objects;
        Trailer = trailer;
    }

    /// <summary>Every object in use, by number.</summary>
    public IReadOnlyDictionary<int, RawObject> Objects { get; }

    /// <summary>The trailer dictionary.</summary>
    public Dictionary<string, object?> Trailer { get; }

    /// <summary>Follows references until a direct value.</summary>
    public object? Resolve(object? value)
    {
        for (int hops = 0; value is PdfRef r && hops < 32; hops++)
            value = Objects.TryGetValue(r.Number, out var o) ? o.Value : null;
        return value;
    }

    /// <summary>A dictionary entry, resolved.</summary>
    public object? Get(Dictionary<string, object?>? dict, string key) => dict is not null && dict.TryGetValue(key, out var v) ? Resolve(v) : null;

    /// <summary>A dictionary entry that is a dictionary, resolved.</summary>
    public Dictionary<string, object?>? GetDict(Dictionary<string, object?>? dict, string key) => Get(dict, key) as Dictionary<string, object?>;

    /// <summary>The document catalog.</summary>
    public Dictionary<string, object?> Catalog => GetDict(Trailer, "Root") ?? throw new FormatException("no /Root");

    /// <summary>The page dictionaries in order (from the page tree).</summary>
    public List<(int Number, Dictionary<string, object?> Page)> Pages()
    {
        var pages = new List<(int, Dictionary<string, object?>)>();
        void Walk(object? node, int depth)
        {
            if (depth > 32) throw new FormatException("page tree too deep");
            var number = node is PdfRef r ? r.Number : -1;
            if (Resolve(node) is not Dictionary<string, object?> dict) throw new FormatException("page tree node is not a dictionary");
            if (Get(dict, "Type") is PdfName { Value: "Page" }) { pages.Add((number, dict)); return; }
            foreach (var kid in Get(dict, "Kids") as List<object?> ?? new()) Walk(kid, depth + 1);
        }
        Walk(Catalog["Pages"], 0);
        return pages;
    }

    /// <summary>Parses <paramref name="pdf"/>; throws <see cref="FormatException"/> on anything a strict reader rejects.</summary>
    public static RawPdf Parse(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        int sx = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (sx < 0) throw new FormatException("no startxref");
        var syntax = new PdfSyntax(pdf, sx + "startxref".Length);
        int xref = Convert.ToInt32(syntax.Read(false));
        if (!text.AsSpan(xref).StartsWith("xref")) throw new FormatException("startxref does not point at a cross-reference table");
        syntax.Position = xref + 4;
        var offsets = new Dictionary<int, int>();
        while (true)
        {
            var token = syntax.Read(false);
            if (token is PdfKeyword { Value: "trailer" }) break;
            int first = Convert.ToInt32(token), count = Convert.ToInt32(syntax.Read(false));
            syntax.SkipSpace();
            for (int i = 0; i < count; i++)
            {
                var entry = text.Substring(syntax.Position, 20);
                if (entry[17] == 'n') offsets[first + i] = int.Parse(entry[..10]);
                syntax.Position += 20;
            }
        }
        var trailer = syntax.Read() as Dictionary<string, object?> ?? throw new FormatException("trailer is not a dictionary");
        var objects = new Dictionary<int, RawObject>();
        foreach (var (number, offset) in offsets) objects[number] = ReadObject(pdf, text, number, offset);
        return new RawPdf(objects, trailer);
    }

    private static RawObject ReadObject(byte[] pdf, string text, int number, int offset)
    {
        var syntax = new PdfSyntax(pdf, offset);
        if (Convert.ToInt32(syntax.Read(false)) != number || Convert.ToInt32(syntax.Read(false)) != 0 || syntax.Read(false) is not PdfKeyword { Value: "obj" })
            throw new FormatException($"object {number}: the cross-reference offset {offset} does not point at '{number} 0 obj'");
        var value = syntax.Read();
        var next = syntax.Read(false);
        if (next is PdfKeyword { Value: "endobj" }) return new RawObject(number, value, null);
        if (next is not PdfKeyword { Value: "stream" } || value is not Dictionary<string, object?> dict)
            throw new FormatException($"object {number}: expected endobj or stream");
        int at = syntax.Position;
        if (pdf[at] == '\r') at++;
        if (pdf[at] != '\n') throw new FormatException($"object {number}: 'stream' not followed by an end of line");
        at++;
        if (!dict.TryGetValue("Length", out var lengthValue) || lengthValue is not double length)
            throw new FormatException($"object {number}: stream /Length missing or indirect");
        var data = pdf.AsSpan(at, (int)length).ToArray();
        var after = new PdfSyntax(pdf, at + (int)length);
        if (after.Read(false) is not PdfKeyword { Value: "endstream" }) throw new FormatException($"object {number}: /Length {length} does not end at 'endstream'");
        if (after.Read(false) is not PdfKeyword { Value: "endobj" }) throw new FormatException($"object {number}: no endobj after endstream");
        return new RawObject(number, dict, data);
    }
}
