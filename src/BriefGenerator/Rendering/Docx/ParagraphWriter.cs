using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A paragraph in the style its class names (cover lines, lede), or the style of the container it sits in
/// (callout, quote), or Body Text.</summary>
internal sealed class ParagraphWriter : DocxBlockWriter<Document.Paragraph>
{
    protected override void Write(DocxWriter writer, Document.Paragraph block)
    {
        var style = block.StyleClass is not null || writer.ContainerStyle is null
            ? StyleIds.ForClass(block.StyleClass)
            : writer.ContainerStyle;
        var paragraph = writer.AddParagraph(style);
        RedlineRuns.Append(writer, paragraph, block.Content);
    }
}
