using System.Text;
using System.Xml;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The namespaces the main document's root declares and the XML writer settings its parts are written with.</summary>
internal static class DocxNamespaces
{
    /// <summary>WordprocessingML (prefix <c>w</c>).</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Relationships (prefix <c>r</c>), declared once on the root rather than on every hyperlink.</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>What the SDK writes a part's elements with: UTF-8 without a byte order mark, no indentation.</summary>
    public static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        CloseOutput = false,
    };
}
