namespace BriefGenerator.Import;

/// <summary>Guesses the front matter <c>language</c>: <c>ru</c> when more than half of the letters are Cyrillic,
/// else <c>en-US</c>. Deliberately simple; edit the front matter for Tajik, Kazakh, Uzbek and the rest.</summary>
public static class LanguageGuess
{
    /// <summary>The BCP 47 tag for <paramref name="text"/>.</summary>
    public static string For(string text)
    {
        int letters = 0, cyrillic = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch)) continue;
            letters++;
            if (ch is >= '\u0400' and <= '\u052F') cyrillic++;
        }
        return letters > 0 && cyrillic * 2 > letters ? "ru" : "en-US";
    }
}
