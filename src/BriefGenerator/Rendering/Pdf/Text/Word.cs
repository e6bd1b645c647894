namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>An unbreakable run of fragments, with the space that follows it (if any) and whether a hard break ends it.</summary>
internal sealed class Word
{
    public List<Fragment> Content { get; } = new();
    public Fragment? Space { get; set; }
    public bool HardBreak { get; set; }
    public double Width => Content.Sum(f => f.Width);
    public double SpaceWidth => Space?.Width ?? 0;
    public bool IsEmpty => Content.Count == 0;
}
