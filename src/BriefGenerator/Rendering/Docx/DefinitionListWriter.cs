using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A definition list as pandoc writes one: each term a paragraph in the Definition Term style (bold, kept
/// with its definition), the definition's blocks in the Definition style, indented by the list indent.</summary>
internal sealed class DefinitionListWriter : DocxBlockWriter<DefinitionList>
{
    protected override void Write(DocxWriter writer, DefinitionList block)
    {
        foreach (var item in block.Items)
        {
            foreach (var term in item.Terms)
                InlineWriter.Append(writer, writer.AddParagraph(StyleIds.DefinitionTerm), term, RunFormat.Plain);
            var (outer, outerIndent) = (writer.ContainerStyle, writer.ContainerIndent);
            writer.ContainerStyle = StyleIds.Definition;
            writer.ContainerIndent = outerIndent + writer.Theme.Spacing.ListIndent;
            foreach (var child in item.Definition) writer.WriteBlock(child);
            (writer.ContainerStyle, writer.ContainerIndent) = (outer, outerIndent);
        }
    }
}
