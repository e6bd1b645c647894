namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>A fragment placed on a line, <see cref="X"/> from the line's left edge; <see cref="Width"/> includes any
/// stretch justification gave it.</summary>
internal sealed record PlacedFragment(Fragment Fragment, double X, double Width);
