namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>What an element can do in the space it is offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,
    /// <summary>Nothing fits; move to the next page.</summary>
    Wrap,
    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Everything left fits.</summary>
    Full,
}
