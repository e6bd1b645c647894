using System.Text;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>The code points a document uses are read as <see cref="string.EnumerateRunes"/> reads its text: ASCII,
/// Latin and other BMP characters, astral characters (a surrogate pair is one code point), and a lone surrogate as
/// U+FFFD.</summary>
public class CodePointBlocksTests
{
    [Fact]
    public void Code_points_are_the_runes_of_the_text_lone_surrogates_as_the_replacement_character()
    {
        const string text = "Ab é€ 😀 \uD800x \uDC00 𝔸";
        var theme = Theme.Default with { Header = "", Footer = "" };
        var info = Info() with { Title = "T", ShortTitle = "T", Subtitle = null, Organization = null, Authors = Array.Empty<string>() };
        var document = new BriefDocument(info, new Block[] { P(text) });
        var expected = new HashSet<int>();
        foreach (var s in new[] { text, "T" })
            foreach (var rune in s.EnumerateRunes()) expected.Add(rune.Value);
        var actual = CodePointBlocks.CodePoints(document, theme);
        Assert.Equal(expected.Order(), actual.Order());
        Assert.Contains(0x1F600, actual);
        Assert.Contains(0x1D538, actual);
        Assert.Contains(0xFFFD, actual);
        Assert.DoesNotContain(0xD800, actual);
        Assert.DoesNotContain(0xDC00, actual);
    }
}
