using System.Globalization;
using System.Text;
using System.Xml;
using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The core properties part (<c>docProps/core.xml</c>), written directly: System.IO.Packaging would store
/// them under a random part name, which breaks reproducible bytes.</summary>
internal static class CorePropertiesXml
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>UTF-8 bytes of the part for a document's metadata; <paramref name="clean"/> makes text XML-safe.</summary>
    public static byte[] Build(DocumentInfo info, Func<string, string> clean)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument(true);
            w.WriteStartElement("cp", "coreProperties", Cp);
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            Element(w, "dc", "title", Dc, clean(info.Title));
            Element(w, "dc", "subject", Dc, info.Subject is null ? null : clean(info.Subject));
            Element(w, "dc", "creator", Dc, info.Authors.Count == 0 ? null : clean(string.Join("; ", info.Authors)));
            Element(w, "cp", "keywords", Cp, info.Keywords.Count == 0 ? null : clean(string.Join(", ", info.Keywords)));
            Element(w, "dc", "description", Dc, info.Subject is null ? null : clean(info.Subject));
            Element(w, "cp", "lastModifiedBy", Cp, "BriefGenerator " + clean(info.ToolVersion));
            Element(w, "dc", "language", Dc, clean(info.Language));
            var stamp = info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Date(w, "created", stamp);
            Date(w, "modified", stamp);
            w.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Element(XmlWriter w, string prefix, string name, string ns, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        w.WriteElementString(prefix, name, ns, value);
    }

    private static void Date(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("dcterms", name, DcTerms);
        w.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        w.WriteString(value);
        w.WriteEndElement();
    }
}
