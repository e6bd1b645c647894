using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A paragraph split across pages leaves at least two lines on each side.</summary>
public class WidowOrphanTests
{
    private static (TextBlockElement Element, IReadOnlyList<TextLine> Lines) Paragraph(int words)
    {
        var theme = Theme.Default;
        var context = new LayoutContext(theme, new FontSet(FontLibrary.Open(RepoPaths.Fonts), theme, new DiagnosticBag()), new DiagnosticBag());
        var styles = new StyleSheet(context);
        var frags = styles.Shape(SampleDocuments.T(LayoutFixture.Words(words, 3)), styles.Body, SourceSpan.None);
        var element = new TextBlockElement(context, frags, TextAlign.Left, StructureTag.P);
        return (element, element.Lines(400));
    }

    [Fact]
    public void A_single_first_line_is_not_left_at_the_foot_of_a_page()
    {
        var (element, lines) = Paragraph(120);
        Assert.True(lines.Count >= 5);
        var plan = element.Measure(400, lines[0].Height * 1.5);
        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
    }

    [Fact]
    public void A_single_last_line_is_not_carried_to_the_next_page()
    {
        var (element, lines) = Paragraph(120);
        var lineHeight = lines[0].Height;
        var plan = element.Measure(400, lineHeight * (lines.Count - 1) + 1);
        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        Assert.Equal(lineHeight * (lines.Count - 2), plan.Height, 3);
    }

    [Fact]
    public void Two_lines_are_enough_to_start_a_paragraph()
    {
        var (element, lines) = Paragraph(120);
        var plan = element.Measure(400, lines[0].Height * 2 + 1);
        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        Assert.Equal(lines[0].Height * 2, plan.Height, 3);
    }
}
