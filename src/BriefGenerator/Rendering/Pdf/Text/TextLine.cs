namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>A fragment placed on a line, <see cref="X"/> from the line's left edge.</summary>
internal sealed record PlacedFragment(Fragment Fragment, double X, double Width);

/// <summary>One line of set text: its fragments positioned, its natural width, height and baseline offset from its top.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedFragment> Fragments, double Width, double Height, double Baseline);
