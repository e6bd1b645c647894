using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf;

/// <summary>A reader who copies text out of the PDF gets exactly what the brief says.</summary>
public class TextExtractionTests
{
    private static string AllText()
    {
        using var pdf = PdfFixture.Open(PdfFixture.Everything);
        return string.Join("\n", pdf.GetPages().Select(p => p.Text));
    }

    [Theory]
    [InlineData("Test Brief")]
    [InlineData("First Section")]
    [InlineData("A Subsection")]
    [InlineData("Second Section")]
    [InlineData("Key points")]
    [InlineData("Area of Focus")]
    [InlineData("Objectives")]
    [InlineData("Expected Outcomes")]
    [InlineData("Counterterrorism")]
    [InlineData("Enhance joint operations")]
    [InlineData("Reduced threats")]
    [InlineData("Economic Development")]
    [InlineData("Foster trade")]
    [InlineData("Increased stability")]
    [InlineData("Table 1: Areas of focus")]
    [InlineData("Text after the page break.")]
    public void Every_heading_and_table_text_is_extractable(string expected) =>
        Assert.Contains(expected, AllText());

    [Theory]
    [InlineData("Oʻzbekiston")]
    [InlineData("Тоҷикистон")]
    public void Unicode_names_come_back_exactly(string name) => Assert.Contains(name, AllText());

    [Fact]
    public void Mixed_runs_keep_their_words()
    {
        var text = AllText();
        Assert.Contains("Plain, bold, italic, code(), a link and a reference to Table 1.", text);
    }

    [Fact]
    public void Sample_renders_without_warnings() => Assert.Empty(PdfFixture.EverythingDiagnostics);
}
