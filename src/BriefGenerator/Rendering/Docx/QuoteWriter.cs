using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A block quote: its paragraphs in the Quote style.</summary>
internal sealed class QuoteWriter : DocxBlockWriter<Quote>
{
    protected override void Write(DocxWriter writer, Quote block)
    {
        var (outer, outerIndent) = (writer.ContainerStyle, writer.ContainerIndent);
        writer.ContainerStyle = StyleIds.Quote;
        writer.ContainerIndent = writer.Theme.Spacing.ListIndent;
        foreach (var child in block.Blocks) writer.WriteBlock(child);
        (writer.ContainerStyle, writer.ContainerIndent) = (outer, outerIndent);
    }
}
