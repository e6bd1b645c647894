namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>An unbreakable run of fragments, with the space that follows it (if any) and whether a hard break ends it.
/// A line may break after every word; a word that is a syllable of a longer word carries the <see cref="Hyphen"/> a
/// line ending after it prints.</summary>
internal sealed class Word
{
    public List<Fragment> Content { get; } = new(1); // most words are one fragment
    public Fragment? Space { get; set; }
    public bool HardBreak { get; set; }

    /// <summary>The hyphen a line ending after this syllable ends with (a discretionary break); null between words.</summary>
    public Fragment? Hyphen { get; set; }
    public double Width
    {
        get
        {
            // Summed in order, as Enumerable.Sum did, without an enumerator per call.
            double sum = 0;
            for (var i = 0; i < Content.Count; i++) sum += Content[i].Width;
            return sum;
        }
    }
    public double SpaceWidth => Space?.Width ?? 0;
    public double HyphenWidth => Hyphen?.Width ?? 0;
    public bool IsEmpty => Content.Count == 0;
}
