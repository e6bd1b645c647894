namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>One line of set text: its fragments positioned, its natural width, height and baseline offset from its top.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedFragment> Fragments, double Width, double Height, double Baseline);
