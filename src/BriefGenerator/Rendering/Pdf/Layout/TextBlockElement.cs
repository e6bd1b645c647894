using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Paragraph-like text (paragraphs, headings, captions, cover lines) that splits between lines across
/// pages, never leaving a single first line at a page foot (orphan) or a single last line at a page head (widow).</summary>
internal sealed class TextBlockElement : Element
{
    private readonly IReadOnlyList<Fragment> _fragments;
    private readonly TextAlign _align;
    private readonly StructureTag? _tag;
    private IReadOnlyList<TextLine>? _lines;
    private double _linesWidth = -1;
    private int _next;
    private bool _hasNotes; // whether any fragment calls a note first (else a plan's note numbers need no look at the lines)

    public TextBlockElement(LayoutContext context, IReadOnlyList<Fragment> fragments, TextAlign align, StructureTag? tag)
        : base(context)
    {
        _fragments = fragments;
        _align = align;
        _tag = tag;
    }

    /// <summary>Link target id to record where this block starts (headings).</summary>
    public string? AnchorId { get; init; }

    /// <summary>Outline entry to add where this block starts (headings).</summary>
    public (string Title, int Level)? Bookmark { get; init; }

    /// <summary>Set for body paragraphs: hyphenated and broken by total fit (<see cref="ParagraphSettings"/>).</summary>
    public ParagraphSettings? Paragraph { get; init; }

    /// <summary>The lines the text sets into at <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> Lines(double width)
    {
        if (_lines is null || Math.Abs(width - _linesWidth) > 0.001)
        {
            _lines = LineBreakCache.Break(Context.Breaker, _fragments, width, _align, Paragraph);
            _linesWidth = width;
            _hasNotes = HasNotes(_fragments);
        }
        return _lines;
    }

    public override SpacePlan Measure(double width, double height)
    {
        var (count, h) = Fit(width, height);
        var remaining = Lines(width).Count - _next;
        if (remaining == 0) return SpacePlan.Empty;
        if (count == 0) return SpacePlan.Wrap("no line fits");
        List<int>? notes = null;
        if (_hasNotes) NoteNumbers.Add(ref notes, Lines(width), _next, _next + count);
        return (count == remaining ? SpacePlan.Full(h) : SpacePlan.Partial(h)) with { Notes = notes };
    }

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var lines = Lines(area.Width);
        var (count, _) = Fit(area.Width, area.Height);
        if (lines.Count == 0 || count == 0) return;
        if (_next == 0)
        {
            if (_tag is { } tag) canvas.BeginTag(tag);
            if (AnchorId is not null) canvas.Anchor(AnchorId, area.Y);
            if (Bookmark is { } b) canvas.Bookmark(b.Title, b.Level, area.Y);
        }
        var y = area.Y;
        for (int i = _next; i < _next + count; i++)
        {
            var line = Context.RightToLeft ? BidiLine.Reorder(lines[i], area.Width) : lines[i];
            LinePainter.Paint(canvas, line, area.X, y, Context.Notes);
            y += lines[i].Height;
        }
        _next += count;
        if (_next == lines.Count && _tag is not null) canvas.EndTag();
    }

    // True when a fragment is a note's first marker (what NoteNumbers.Add collects; the lines hold the same fragments).
    private static bool HasNotes(IReadOnlyList<Fragment> fragments)
    {
        for (var i = 0; i < fragments.Count; i++)
            if (fragments[i].Style.Note is { Occurrence: 1 }) return true;
        return false;
    }

    private (int Count, double Height) Fit(double width, double height)
    {
        var lines = Lines(width);
        int remaining = lines.Count - _next;
        int n = 0;
        double h = 0;
        while (n < remaining && h + lines[_next + n].Height <= height + 0.01) { h += lines[_next + n].Height; n++; }
        if (n < remaining)
        {
            if (remaining - n == 1 && n >= 2) n--;            // widow: keep two lines for the next page
            if (_next == 0 && n == 1 && remaining > 1) n = 0; // orphan: do not leave the first line alone
            // A hyphen at the foot of a page makes the reader turn the page mid-word: end the page a line early when
            // the lines left on either side still keep two (TeX's broken penalty).
            if (n > 2 && lines[_next + n - 1].Hyphenated && remaining - n + 1 >= 2 && !lines[_next + n - 2].Hyphenated) n--;
            if (n == 0 && Context.Force) n = 1;
        }
        h = 0;
        for (int i = 0; i < n; i++) h += lines[_next + i].Height;
        return (n, h);
    }
}
