using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>Core properties (title, subject, authors, keywords, summary, language, dates from the document's
    /// timestamp — never the clock) and app properties.</summary>
    private void WriteProperties()
    {
        var info = Document.Info;
        _package.Add(null, DocxPartType.CoreProperties).Data = CorePropertiesXml.Build(info, Clean);

        var properties = new Ap.Properties();
        if (!string.IsNullOrWhiteSpace(info.Organization)) properties.Append(new Ap.Company(Clean(info.Organization)));
        properties.Append(new Ap.Application("BriefGenerator " + info.ToolVersion));
        properties.Append(new Ap.DocumentSecurity("0"));
        _package.Add(null, DocxPartType.ExtendedProperties).Root = properties;
    }
}
