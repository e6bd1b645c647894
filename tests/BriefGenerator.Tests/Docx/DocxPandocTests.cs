using System.Text.RegularExpressions;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Docx;

/// <summary>Another reader (pandoc) finds the headings, lists, links and tables where they belong.</summary>
public class DocxPandocTests
{
    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_headings_lists_and_links()
    {
        var html = Pandoc.Convert(DocxTestRender.Everything, "html", "--standalone", "--metadata", "pagetitle=x");
        Assert.Matches(@"<h1[^>]*>First Section</h1>", html);
        Assert.Matches(@"<h2[^>]*>A Subsection</h2>", html);
        Assert.Matches(@"<h1[^>]*>Second Section</h1>", html);
        Assert.Contains("<ol", html);
        Assert.Matches(@"<li>(<p>)?Nested item", html);
        Assert.Contains("href=\"https://example.org/\"", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("Oʻzbekiston and Тоҷикистон", html);
        Assert.Contains("Test Brief", html);
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_the_table_with_header_body_and_caption()
    {
        var html = Pandoc.Convert(DocxTestRender.Everything, "html");
        var table = Regex.Match(html, "<table.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<thead>", table);
        Assert.Equal(3, Regex.Matches(table, "<th[ >]").Count);
        Assert.Equal(3, Regex.Matches(table, "<tr[ >]").Count);
        Assert.Contains("Economic Development", table);
        Assert.Contains("Table 1: Areas of focus", Regex.Replace(Regex.Replace(table, "<[^>]+>", ""), @"\s+", " "));
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_all_rows_of_a_long_table()
    {
        var bytes = DocxTestRender.LongTable240;
        var html = Pandoc.Convert(bytes, "html");
        Assert.Equal(241, Regex.Matches(html, "<tr[ >]").Count);
        Assert.Contains("R240C3", html);
    }
}
