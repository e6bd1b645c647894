namespace BriefGenerator.Tests.Docx;

/// <summary>Core and app properties a file browser or Word's Info pane shows.</summary>
public class DocxPropertiesTests
{
    [Fact]
    public void Core_properties_hold_title_language_authors_keywords_and_summary()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var p = doc.PackageProperties;
        Assert.Equal("Test Brief", p.Title);
        Assert.Equal("en-US", p.Language);
        Assert.Equal("Dilnoza Rashidova; Jane Doe", p.Creator);
        Assert.Equal("security, Central Asia", p.Keywords);
        Assert.Equal("A summary of the test brief.", p.Description);
        Assert.Equal("A summary of the test brief.", p.Subject);
    }

    [Fact]
    public void Dates_come_from_the_document_timestamp_not_the_clock()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var expected = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, doc.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(expected, doc.PackageProperties.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void App_properties_name_the_tool_and_organization()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var app = doc.ExtendedFilePropertiesPart!.Properties!;
        Assert.Equal("BriefGenerator 0.1.0", app.Application!.Text);
        Assert.Equal("Institute for Tests", app.Company!.Text);
    }
}
