using BriefGenerator.Hyphenation;

namespace BriefGenerator.Tests.LineBreaking;

/// <summary>Liang's algorithm over the shipped TeX patterns gives the hyphens TeX gives.</summary>
public class HyphenatorTests
{
    private static string Show(string language, string word)
    {
        var h = HyphenationLanguages.For(language)!;
        var breaks = h.Breaks(word);
        var parts = new List<string>();
        int from = 0;
        foreach (var b in breaks) { parts.Add(word[from..b]); from = b; }
        parts.Add(word[from..]);
        return string.Join("-", parts);
    }

    [Theory]
    [InlineData("en-US", "hyphenation", "hy-phen-ation")]
    [InlineData("en-US", "security", "se-cu-rity")]                 // three letters at least after a hyphen in English
    [InlineData("en-US", "Counterterrorism", "Coun-tert-er-ror-ism")]
    [InlineData("en-US", "project", "project")]                 // an exception: never hyphenated
    [InlineData("en-US", "cooperation,", "co-op-er-a-tion,")]   // punctuation stays outside
    [InlineData("en-GB", "university", "uni-ver-sity")]          // a British exception
    [InlineData("ru", "безопасность", "без-опас-ность")]
    [InlineData("de-DE", "Sicherheitspolitik", "Si-cher-heits-po-li-tik")]
    [InlineData("fr", "coopération", "co-opé-ra-tion")]
    public void Words_break_where_TeX_breaks_them(string language, string word, string expected) =>
        Assert.Equal(expected, Show(language, word));

    [Theory]
    [InlineData("NATO")]          // an acronym
    [InlineData("COVID-19")]
    [InlineData("don’t")]         // letters and an apostrophe
    [InlineData("2019")]
    [InlineData("and")]           // too short for two plus three letters
    public void Acronyms_numbers_and_short_words_are_never_hyphenated(string word) =>
        Assert.Empty(HyphenationLanguages.For("en-US")!.Breaks(word));

    [Theory]
    [InlineData("en", "en-us")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-gb")]
    [InlineData("en-AU", "en-gb")]
    [InlineData("ru-RU", "ru")]
    [InlineData("de-AT", "de-1996")]
    [InlineData("fr-CA", "fr")]
    [InlineData("uz", null)]
    [InlineData("", null)]
    public void Each_language_finds_its_pattern_set(string language, string? set) =>
        Assert.Equal(set, HyphenationLanguages.PatternSetFor(language));

    [Fact]
    public void Every_shipped_pattern_set_loads_and_ships_its_licence()
    {
        foreach (var set in HyphenationLanguages.PatternSets)
        {
            var lang = set == "de-1996" ? "de" : set;
            Assert.NotEmpty(HyphenationLanguages.For(lang)!.Breaks(set == "ru" ? "государство" : "internationalisation"));
            var licence = Path.Combine(Support.RepoPaths.Root, "src", "BriefGenerator", "Hyphenation", "Patterns", $"hyph-{set}.licence.txt");
            Assert.Contains("licence", File.ReadAllText(licence));
        }
    }
}
