using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The run styles of each kind of text, mapped from the <see cref="StyleSet"/> roles (no numbers of its own),
/// and the shaping of inlines into fragments.</summary>
internal sealed class StyleSheet
{
    private readonly LayoutContext _context;
    private List<Fragment>? _scratch = new();

    public StyleSheet(LayoutContext context) => _context = context;

    private StyleSet Roles => _context.Styles;

    public RunStyle Body => RunStyle.Of(Roles.Body);

    public RunStyle Lede => RunStyle.Of(Roles.Lede);

    public RunStyle Quote => RunStyle.Of(Roles.Quote);

    public RunStyle Heading(int level) => RunStyle.Of(Roles.Heading(level));

    /// <summary>The style of a paragraph with a style class (cover lines, lede, back page); null for none.</summary>
    public RunStyle? ForClass(string? styleClass) => Roles.ForClass(styleClass) is { } role ? RunStyle.Of(role) : null;

    public RunStyle CalloutTitle => RunStyle.Of(Roles.CalloutTitle);

    public RunStyle Caption => RunStyle.Of(Roles.Caption);

    public RunStyle TableHeader => RunStyle.Of(Roles.TableHeader);

    public RunStyle TableCell => RunStyle.Of(Roles.TableCell);

    public RunStyle Footnote => RunStyle.Of(Roles.Footnote);

    public RunStyle Running => RunStyle.Of(Roles.RunningHead);

    public RunStyle RunningFoot => RunStyle.Of(Roles.RunningFoot);

    /// <summary>Shapes inlines set in <paramref name="style"/> into fragments (font fallback per character).</summary>
    public List<Fragment> Shape(IEnumerable<Inline> inlines, RunStyle style, SourceSpan span) =>
        Shape(InlineFlattener.Flatten(inlines, style, _context.Theme), span);

    /// <summary>Shapes styled runs into fragments.</summary>
    public List<Fragment> Shape(IEnumerable<StyledRun> runs, SourceSpan span)
    {
        // Shaped into a list kept for the next call, then copied out at its size (one array, not one per doubling).
        // (Taken while in use, so that runs enumerated lazily that shape text themselves get a list of their own.)
        var scratch = _scratch ?? new List<Fragment>();
        _scratch = null;
        foreach (var run in runs) _context.Fonts.Shape(run, span, scratch);
        var fragments = new List<Fragment>(scratch);
        scratch.Clear();
        _scratch = scratch;
        return fragments;
    }
}
