using BriefGenerator.Document;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>How a run of text is set: family, style, size (points), colour (#RRGGBB) and where it links to.</summary>
/// <param name="Family">Font family as the theme names it, e.g. "Noto Serif".</param>
/// <param name="Style">Bold and/or italic.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour, <c>#RRGGBB</c>.</param>
/// <param name="Url">External target of a <c>Link</c>, or null.</param>
/// <param name="TargetId">Heading or table id of a <c>CrossRef</c>, or null.</param>
/// <param name="Note">The note marker this run prints, or null.</param>
/// <param name="Rise">How far the baseline is raised (points; negative lowers it): note markers and superscript are
/// raised, subscript lowered.</param>
/// <param name="LineHeight">Line height as a multiple of the size (the style role's); 0 for the theme's.</param>
internal sealed record RunStyle(string Family, FontStyle Style, double Size, string Color, string? Url = null, string? TargetId = null,
    NoteReference? Note = null, double Rise = 0, double LineHeight = 0)
{
    /// <summary>The run style of a style role.</summary>
    public static RunStyle Of(StyleRole role) => new(role.Family, role.FontStyle, role.Size, role.Color, LineHeight: role.LineHeight);

    /// <summary>True when the run is a link of either kind.</summary>
    public bool IsLink => Url is not null || TargetId is not null;
}
