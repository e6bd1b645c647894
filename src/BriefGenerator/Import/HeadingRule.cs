namespace BriefGenerator.Import;

/// <summary>What makes a line of prose look like a heading (or a title): short, no sentence-ending punctuation.</summary>
public static class HeadingRule
{
    /// <summary>A heading has fewer words than this.</summary>
    public const int MaxWords = 16;

    /// <summary>A heading has at most this many characters.</summary>
    public const int MaxLength = 140;

    /// <summary>True for a short line (fewer than <see cref="MaxWords"/> words, at most <see cref="MaxLength"/>
    /// characters) with a letter in it, starting with a letter, digit, opening quote or bracket, that does not end in
    /// <c>.</c>, <c>:</c>, <c>;</c>, <c>,</c> or <c>…</c>.
    /// Capitalisation does not matter. Whether it becomes a heading also depends on what follows it.</summary>
    public static bool LooksLikeHeading(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.Length > MaxLength) return false;
        if (t[^1] is '.' or ':' or ';' or ',' or '…') return false;
        if (!t.Any(char.IsLetter)) return false;
        if (!char.IsLetterOrDigit(t[0]) && t[0] is not ('"' or '“' or '‘' or '\'' or '(' or '«')) return false;
        return t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MaxWords;
    }

    /// <summary>True for a line in title case: at least three in four of its words of four letters or more start
    /// with a capital ("Economic Cooperation as a Catalyst for Security"), which a line of running prose rarely is.</summary>
    public static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Count(char.IsLetter) >= 4).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w.First(char.IsLetter))) * 4 >= words.Count * 3;
    }
}
