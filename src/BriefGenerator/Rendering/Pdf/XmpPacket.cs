using System.Globalization;
using System.Security;
using System.Text;
using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>The XMP metadata packet: the same title, author, subject, keywords, tools and dates as the document
/// information dictionary (XML-escaped), the language, and the PDF/A-2
/// and PDF/UA-1 identification.</summary>
internal static class XmpPacket
{
    /// <summary>The packet as UTF-8 bytes. Ids are left as zero UUIDs for <see cref="Writer.DocumentIds"/> to derive.</summary>
    public static byte[] Build(DocumentInfo info, string producer)
    {
        var date = info.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        const string zero = "uuid:00000000-0000-0000-0000-000000000000";
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        sb.Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        sb.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        sb.Append("<dc:format>application/pdf</dc:format>\n");
        sb.Append($"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(info.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        // One entry, equal to the Info /Author (PDF/A-1 §6.7.3 equivalence, which validators apply to PDF/A-2 too).
        if (Authors(info) is { } authors) sb.Append($"<dc:creator><rdf:Seq><rdf:li>{E(authors)}</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrEmpty(info.Subject))
            sb.Append($"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(info.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append($"<dc:language><rdf:Bag><rdf:li>{E(info.Language)}</rdf:li></rdf:Bag></dc:language>\n");
        if (Keywords(info) is not null)
        {
            sb.Append("<dc:subject><rdf:Bag>");
            foreach (var k in info.Keywords.Where(k => !string.IsNullOrWhiteSpace(k))) sb.Append($"<rdf:li>{E(k.Trim())}</rdf:li>");
            sb.Append("</rdf:Bag></dc:subject>\n");
        }
        if (Keywords(info) is { } keywords) sb.Append($"<pdf:Keywords>{E(keywords)}</pdf:Keywords>\n");
        sb.Append($"<pdf:Producer>{E(producer)}</pdf:Producer>\n");
        sb.Append($"<xmp:CreatorTool>{E($"BriefGenerator {info.ToolVersion}")}</xmp:CreatorTool>\n");
        sb.Append($"<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n<xmp:MetadataDate>{date}</xmp:MetadataDate>\n");
        sb.Append($"<xmpMM:DocumentID>{zero}</xmpMM:DocumentID>\n<xmpMM:InstanceID>{zero}</xmpMM:InstanceID>\n");
        sb.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n");
        sb.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        sb.Append("</rdf:Description>\n");
        sb.Append(PdfUaExtensionSchema);
        sb.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    // PDF/A only knows the schemas it predefines; pdfuaid must be described by an extension schema.
    private const string PdfUaExtensionSchema =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" " +
        "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n" +
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" +
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n" +
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n" +
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n" +
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" +
        "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>" +
        "<pdfaProperty:category>internal</pdfaProperty:category>" +
        "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n" +
        "</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

    /// <summary>The authors as one text ("A, B"), or null when there are none: the Info /Author and dc:creator.</summary>
    public static string? Authors(DocumentInfo info) => Join(info.Authors);

    /// <summary>The keywords as one text, or null when there are none: the Info /Keywords and pdf:Keywords.</summary>
    public static string? Keywords(DocumentInfo info) => Join(info.Keywords);

    private static string? Join(IEnumerable<string> items)
    {
        var text = string.Join(", ", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static string E(string s) => SecurityElement.Escape(s) ?? "";
}
