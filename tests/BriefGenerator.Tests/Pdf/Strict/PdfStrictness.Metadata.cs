using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BriefGenerator.Tests.Pdf.Strict;

public static partial class PdfStrictness
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfNs = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";

    /// <summary>No empty entry in the document information dictionary or the XMP packet, and the two say the same
    /// (every Info entry has its XMP property and the other way round, PDF/A-1 §6.7.3's pairs).</summary>
    public static List<string> Metadata(RawPdf pdf)
    {
        var problems = new List<string>();
        var info = pdf.GetDict(pdf.Trailer, "Info") ?? new Dictionary<string, object?>();
        var infoText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in info)
        {
            if (pdf.Resolve(value) is not PdfString s) continue;
            if (string.IsNullOrWhiteSpace(s.Text)) problems.Add($"Info /{key} is empty");
            infoText[key] = s.Text;
        }
        var metadata = pdf.Catalog.TryGetValue("Metadata", out var m) && m is PdfRef r ? pdf.Objects[r.Number] : null;
        if (metadata?.StreamData is null) { problems.Add("no XMP metadata stream"); return problems; }
        var xmp = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Decode(pdf, metadata)).TrimStart('\uFEFF'));
        foreach (var e in xmp.Descendants().Where(e => !e.HasElements && string.IsNullOrWhiteSpace(e.Value)))
            problems.Add($"XMP <{e.Name.LocalName}> in <{e.Parent?.Name.LocalName}> is empty");

        var pairs = new (string Info, XName Xmp)[]
        {
            ("Title", Dc + "title"), ("Author", Dc + "creator"), ("Subject", Dc + "description"), ("Keywords", PdfNs + "Keywords"),
            ("Creator", Xmp + "CreatorTool"), ("Producer", PdfNs + "Producer"), ("CreationDate", Xmp + "CreateDate"), ("ModDate", Xmp + "ModifyDate"),
        };
        foreach (var (key, name) in pairs)
        {
            var element = xmp.Descendants(name).FirstOrDefault();
            var items = element?.Descendants(Rdf + "li").Select(li => li.Value).ToList();
            var xmpValue = element is null ? null : items is { Count: > 0 } ? string.Join("\u0001", items) : element.Value;
            infoText.TryGetValue(key, out var infoValue);
            if (infoValue is null && xmpValue is null) continue;
            if (infoValue is null || xmpValue is null) { problems.Add($"Info /{key} ({infoValue ?? "absent"}) and XMP {name.LocalName} ({xmpValue ?? "absent"}) disagree"); continue; }
            bool same = key.EndsWith("Date", StringComparison.Ordinal)
                ? PdfDate(infoValue) is { } a && DateTimeOffset.TryParse(xmpValue, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) && a == b
                : infoValue == xmpValue; // dc:creator: one entry, the Info text (PDF/A-1 §6.7.3)
            if (!same) problems.Add($"Info /{key} '{infoValue}' and XMP {name.LocalName} '{xmpValue}' disagree");
        }
        return problems;
    }

    // D:YYYYMMDDHHmmSS+HH'mm'
    private static DateTimeOffset? PdfDate(string s)
    {
        var match = Regex.Match(s, @"^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'(\d{2})'?)?$");
        if (!match.Success) return null;
        int G(int i) => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        var offset = match.Groups[8].Success ? new TimeSpan(G(9), G(10), 0) * (match.Groups[8].Value == "-" ? -1 : 1) : TimeSpan.Zero;
        return new DateTimeOffset(G(1), G(2), G(3), G(4), G(5), G(6), offset);
    }
}
