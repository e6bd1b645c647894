namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>One line of set text: its fragments positioned, its width as set, height and baseline offset from its top.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedFragment> Fragments, double Width, double Height, double Baseline)
{
    /// <summary>True when the line ends inside a hyphenated word (it prints a hyphen the text does not have).</summary>
    public bool Hyphenated { get; init; }
}
