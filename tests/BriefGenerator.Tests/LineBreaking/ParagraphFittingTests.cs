using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.LineBreaking;

/// <summary>Total fit on set lines: ragged paragraphs keep first fit's line count with a more even edge, justified
/// ones never hyphenate their last word, and a page never ends on a hyphen when a line can move.</summary>
public class ParagraphFittingTests
{
    private const double Width = 375;

    private static (LayoutContext Context, IReadOnlyList<Fragment> Fragments) Shape(string text, Theme theme)
    {
        var context = new LayoutContext(theme, new FontSet(FontLibrary.Open(RepoPaths.Fonts), theme, new DiagnosticBag()), new DiagnosticBag(), "en-US");
        var styles = new StyleSheet(context);
        return (context, styles.Shape(SampleDocuments.T(text), styles.Body, SourceSpan.None));
    }

    private static string Text(TextLine line) => string.Concat(line.Fragments.Select(f => f.Fragment.Text)).Trim();

    private static double Raggedness(IReadOnlyList<TextLine> lines) => lines.SkipLast(1).Sum(l => (Width - l.Width) * (Width - l.Width));

    [Fact]
    public void Ragged_paragraphs_keep_first_fits_line_count_with_a_more_even_edge()
    {
        double better = 0;
        for (int seed = 1; seed <= 20; seed++)
        {
            var (context, frags) = Shape(LayoutFixture.Words(60 + seed * 7, seed), Theme.Default);
            var greedy = context.Breaker.Break(frags, Width, TextAlign.Left);
            var total = context.Breaker.Break(frags, Width, TextAlign.Left, context.Paragraphs);
            Assert.Equal(greedy.Count, total.Count);
            Assert.All(total, l => Assert.True(l.Width <= Width + 0.01));
            Assert.True(Raggedness(total) <= Raggedness(greedy) + 0.01);
            better += Raggedness(greedy) - Raggedness(total);
        }
        Assert.True(better > 0, "total fit never improved on first fit");
    }

    [Fact]
    public void The_last_word_of_a_paragraph_is_never_hyphenated()
    {
        var theme = Theme.Default with { Justify = true };
        for (int seed = 1; seed <= 30; seed++)
        {
            var text = LayoutFixture.Words(20 + seed * 3, seed).TrimEnd('.') + " internationalization.";
            var (context, frags) = Shape(text, theme);
            var lines = context.Breaker.Break(frags, Width, TextAlign.Justify, context.Paragraphs);
            Assert.EndsWith(" internationalization.", " " + Text(lines[^1]));
            Assert.False(lines[^1].Hyphenated);
        }
    }

    [Fact]
    public void A_page_does_not_end_on_a_hyphen_when_a_line_can_move()
    {
        var theme = Theme.Default with { Justify = true };
        var (context, frags) = Shape(LayoutFixture.Words(400, 5), theme);
        int moved = 0;
        var probe = new TextBlockElement(context, frags, TextAlign.Justify, StructureTag.P) { Paragraph = context.Paragraphs };
        var lines = probe.Lines(Width);
        Assert.Contains(lines, l => l.Hyphenated);
        for (int k = 3; k < lines.Count - 3; k++)
        {
            var element = new TextBlockElement(context, frags, TextAlign.Justify, StructureTag.P) { Paragraph = context.Paragraphs };
            var plan = element.Measure(Width, lines.Take(k).Sum(l => l.Height) + 0.5);
            var placed = (int)Math.Round(plan.Height / lines[0].Height);
            if (lines[k - 1].Hyphenated && !lines[k - 2].Hyphenated) { Assert.Equal(k - 1, placed); moved++; }
            else Assert.Equal(k, placed);
        }
        Assert.True(moved > 0, "no page end fell on a hyphen");
    }

    [Fact]
    public void Paragraphs_past_the_total_fit_limit_are_set_first_fit_within_the_column()
    {
        var theme = Theme.Default with { Justify = true };
        var (context, frags) = Shape(LayoutFixture.Words(ParagraphSettings.TotalFitLimit + 100, 9), theme);
        var lines = context.Breaker.Break(frags, Width, TextAlign.Justify, context.Paragraphs);
        Assert.True(lines.Count > 100);
        Assert.All(lines, l => Assert.True(l.Width <= Width + 0.01));
        Assert.InRange(lines.SkipLast(1).Count(l => Math.Abs(l.Width - Width) < 0.01), lines.Count / 2, lines.Count);
    }
}
