namespace BriefGenerator.Rendering.Docx;

/// <summary>The characters a <c>used</c> font subset keeps beyond the document's own text: printable ASCII and Latin-1
/// (page numbers, list and caption numbers, and fields Word fills in later are drawn in the face, as is a small
/// correction), and common punctuation (dashes, quotes, bullet, ellipsis, per mille, guillemets, the euro sign).</summary>
internal static class UsedGlyphs
{
    /// <summary>The code points every used subset keeps.</summary>
    public static IReadOnlySet<int> Always { get; } = Range(0x20, 0x7E).Concat(Range(0xA0, 0xFF)).Concat(Range(0x2010, 0x2027))
        .Concat(Range(0x2030, 0x203A)).Append(0x20AC).Append(0xFFFD).ToHashSet();

    private static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, to - from + 1);
}
