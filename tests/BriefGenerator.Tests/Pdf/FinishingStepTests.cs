using BriefGenerator.Rendering.Pdf;

namespace BriefGenerator.Tests.Pdf;

/// <summary>The embedded fonts' names made PostScript names (ISO 32000-1 §9.6.4), whatever a face calls itself.</summary>
public class FinishingStepTests
{
    [Theory]
    [InlineData("Noto Sans,Bold", "NotoSans-Bold")]
    [InlineData("Some (odd) name/with%delims", "Someoddnamewithdelims")]
    [InlineData("", "Font")]
    public void Names_that_are_not_PostScript_names_are_made_so(string name, string expected) =>
        Assert.Equal(expected, EmbeddedFontNames.Sanitize(name));
}
