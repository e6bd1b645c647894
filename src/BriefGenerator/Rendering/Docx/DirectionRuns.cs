namespace BriefGenerator.Rendering.Docx;

/// <summary>Splits text into pieces of one direction for Word: a piece that holds right-to-left letters (Arabic,
/// Hebrew) is written as a run with <c>w:rtl</c>; the rest as ordinary runs. Neutral characters (spaces, punctuation,
/// digits) stay with the piece before them.</summary>
internal static class DirectionRuns
{
    /// <summary>The pieces in order; text without right-to-left letters is one piece, unmarked.</summary>
    public static IEnumerable<(string Text, bool RightToLeft)> Split(string text)
    {
        int start = 0;
        bool? current = null;
        for (int i = 0; i < text.Length; )
        {
            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            bool? strong = TextDirection.IsStrongRightToLeft(rune.Value) ? true
                : System.Text.Rune.IsLetter(rune) ? false : null;
            int at = i;
            i += length;
            if (strong is null || strong == current) continue;
            if (current is not null && at > start)
            {
                yield return (text[start..at], current.Value);
                start = at;
            }
            current = strong;
        }
        yield return (text[start..], current ?? false);
    }
}
