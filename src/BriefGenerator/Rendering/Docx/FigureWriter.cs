using System.Globalization;
using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A figure: a paragraph holding the inline picture (its <c>descr</c> the alt text), kept with the caption
/// under it, <c>Figure {SEQ Figure}: caption</c> in the Caption style (so Word's Table of Figures lists it), bookmarked
/// at the figure id. The picture has the PDF's width (the figure's share of the text width, or its points), height from
/// the aspect ratio, scaled down to the text height when taller.</summary>
internal sealed class FigureWriter : DocxBlockWriter<Figure>
{
    protected override void Write(DocxWriter writer, Figure block)
    {
        var page = writer.Theme.Page;
        if (block.Content is ImageContent content && writer.Context.Images.TryGetValue(content.Path, out var image))
        {
            var width = block.Width.Points(page.ContentWidth);
            var height = width / image.Aspect;
            var room = page.ContentHeight * 0.85; // leave the caption room on the page
            if (height > room) (width, height) = (room * image.Aspect, room);
            var picture = writer.AddParagraph(writer.ContainerStyle ?? StyleIds.BodyText);
            var properties = picture.ParagraphProperties!;
            properties.KeepNext = new KeepNext();
            properties.KeepLines = new KeepLines();
            properties.SpacingBetweenLines ??= new SpacingBetweenLines();
            properties.SpacingBetweenLines.After = "60";
            properties.SpacingBetweenLines.Line = "240";
            properties.SpacingBetweenLines.LineRule = LineSpacingRuleValues.Auto;
            var name = FigureLabel.Of(block.Number);
            picture.Append(new Run(writer.Pictures.Picture(writer.MainPart, image, width, height, name, writer.Clean(block.Alt))));
        }
        CaptionParagraph.Add(writer, "Figure", block.Number, block.Caption, block.Id);
        writer.GapAfterBlock(writer.Theme.Spacing.BlockGap);
    }
}
