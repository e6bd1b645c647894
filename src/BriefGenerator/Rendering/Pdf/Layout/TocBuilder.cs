using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Builds the contents list (theme <c>toc: true</c>): sections and subsections, each linked to its heading,
/// with the page it starts on.</summary>
internal sealed class TocBuilder
{
    private readonly LayoutContext _context;
    private readonly StyleSheet _styles;

    public TocBuilder(LayoutContext context, StyleSheet styles)
    {
        _context = context;
        _styles = styles;
    }

    /// <summary>The contents list for the top-level headings of <paramref name="blocks"/>.</summary>
    public Element Build(IReadOnlyList<Block> blocks)
    {
        var theme = _context.Theme;
        var title = new TextBlockElement(_context,
            _styles.Shape(new[] { new StyledRun("Contents", _styles.Heading(1)) }, Diagnostics.SourceSpan.None), TextAlign.Left, StructureTag.P)
        { KeepWithNext = true };
        var items = new List<(Element, double)> { (title, 0) };
        foreach (var h in blocks.OfType<Heading>().Where(h => h.Level is 1 or 2))
        {
            var style = h.Level == 1
                ? new RunStyle(theme.Fonts.Heading, FontStyle.Bold, theme.Fonts.BodySize, theme.Colors.Text)
                : new RunStyle(theme.Fonts.Body, FontStyle.Regular, theme.Fonts.BodySize, theme.Colors.Text);
            var runs = InlineFlattener.Flatten(h.Content, style, theme).Where(r => r.Style.Note is null).Select(r => r with { Style = r.Style with { TargetId = h.Id } });
            var text = new TextBlockElement(_context, _styles.Shape(runs, h.Span), TextAlign.Left, StructureTag.P);
            var gap = items.Count == 1 ? theme.Spacing.HeadingAfter * 2 : h.Level == 1 ? theme.Spacing.ParagraphAfter : theme.Spacing.ListItemAfter;
            items.Add((new TocEntryElement(_context, text, h.Id, style) { Indent = h.Level == 1 ? 0 : theme.Spacing.ListIndent }, gap));
        }
        return new ColumnElement(_context, items, StructureTag.TOC);
    }
}
