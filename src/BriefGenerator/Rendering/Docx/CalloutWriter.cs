using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A callout: an optional title in Callout Title, then its blocks in the shaded, ruled Callout style.</summary>
internal sealed class CalloutWriter : DocxBlockWriter<Callout>
{
    protected override void Write(DocxWriter writer, Callout block)
    {
        var (outer, outerIndent) = (writer.ContainerStyle, writer.ContainerIndent);
        if (!string.IsNullOrWhiteSpace(block.Title))
        {
            var title = writer.AddParagraph(StyleIds.CalloutTitle);
            title.Append(InlineWriter.TextRun(writer.Clean(block.Title), RunFormat.Plain));
        }
        writer.ContainerStyle = StyleIds.Callout;
        writer.ContainerIndent = writer.Theme.Spacing.CalloutPadding + 3;
        foreach (var child in block.Blocks) writer.WriteBlock(child);
        (writer.ContainerStyle, writer.ContainerIndent) = (outer, outerIndent);
        writer.GapAfterBlock(writer.Theme.Spacing.BlockGap);
    }
}
