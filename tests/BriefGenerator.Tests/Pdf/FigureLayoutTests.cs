using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Images;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Figure layout: the width given, the height from the aspect ratio, the caption under the image and on the same
/// page; a figure that does not fit moves whole to the next page; one taller than a page is scaled down to fit.</summary>
public class FigureLayoutTests
{
    private static readonly Theme Theme = Theme.Default;

    private static RecordingCanvas Lay(LoadedImage image, params Block[] blocks)
    {
        var context = new RenderContext(Theme, FontLibrary.Open(RepoPaths.Fonts), new DiagnosticBag())
        {
            Images = new Dictionary<string, LoadedImage> { ["img.png"] = image },
        };
        return PdfLayout.Record(new BriefDocument(Info(), blocks), context, new DiagnosticBag());
    }

    private static LoadedImage Image(int width, int height)
    {
        var (image, problem) = ImageLoader.Decode("test.png", PngWriter.Write(new byte[width * height * 4], width, height));
        Assert.Null(problem);
        return image!;
    }

    private static Figure Fig(int number, FigureWidth width) =>
        new("fig-" + number, number, T("A caption"), new ImageContent("img.png"), "Alt text", width, Span());

    [Fact]
    public void A_figure_is_set_at_its_width_with_its_caption_under_it_and_tagged_with_its_alt_text()
    {
        var canvas = Lay(Image(200, 100), Fig(1, new FigureWidth(50, true)));
        var image = Assert.Single(canvas.Images);
        Assert.Equal(Theme.Page.ContentWidth / 2, image.Width, 3);
        Assert.Equal(image.Width / 2, image.Height, 3);
        Assert.Equal("Alt text", image.Alt);
        var caption = canvas.Texts.First(t => t.Text.StartsWith("Figure", StringComparison.Ordinal));
        Assert.True(caption.Baseline > image.Y + image.Height);
        Assert.Equal(image.Page, caption.Page);
        Assert.Contains(canvas.Tags, t => t.Tag == StructureTag.Figure);
    }

    [Fact]
    public void A_figure_that_does_not_fit_the_space_left_moves_whole_to_the_next_page()
    {
        var filler = Enumerable.Range(0, 4).Select(i => (Block)P(LayoutFixture.Words(90, i))).ToArray();
        var canvas = Lay(Image(100, 100), filler.Append(Fig(1, FigureWidth.Full)).ToArray());
        var image = Assert.Single(canvas.Images);
        Assert.Equal(1, image.Page);
        Assert.Equal(Theme.Page.MarginTop, image.Y, 1);
        // Page 2 holds only the figure and, under it, its caption; the filler ended on page 1 too low for the figure.
        Assert.All(canvas.Texts.Where(t => t.Page == 1), t => Assert.True(t.Baseline > image.Y + image.Height));
        var lastText = canvas.Texts.Where(t => t.Page == 0).Max(t => t.Baseline);
        Assert.True(Theme.Page.MarginTop + Theme.Page.ContentHeight - lastText < Theme.Page.ContentWidth, "the filler must leave less room than the figure needs");
        Assert.Equal(1, canvas.Texts.Single(t => t.Text.StartsWith("Figure", StringComparison.Ordinal)).Page);
    }

    [Fact]
    public void A_figure_taller_than_a_page_is_scaled_down_to_fit_with_its_caption()
    {
        var canvas = Lay(Image(50, 1000), Fig(1, FigureWidth.Full));
        var image = Assert.Single(canvas.Images);
        Assert.True(image.Height < Theme.Page.ContentHeight);
        Assert.InRange(image.Width - image.Height / 20, -0.01, 0.01);
        var caption = canvas.Texts.Single(t => t.Text.StartsWith("Figure", StringComparison.Ordinal));
        Assert.Equal(0, caption.Page);
        Assert.True(caption.Baseline <= Theme.Page.MarginTop + Theme.Page.ContentHeight);
    }
}
