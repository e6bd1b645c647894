using System.Collections;
using System.Text;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Parsing;

/// <summary>A long pipe table's rows read a slice at a time (<see cref="DeferredRows"/>) give the same document tree as
/// the markup read whole, node for node, and markup where the rows are not a table's after all is read whole.</summary>
public class DeferredRowsTests
{
    private static readonly string[] Notes =
    {
        "Irrigation canal needs lining", "\"Quoted\" and 'single' -- with ... dashes", "a & b &amp; c", "www.example.org/path",
        "", "50% (est.) #3 !", "m³ · naïve · مرحبا", "1,234.5", "---", "The district's 'own' figure",
    };

    private static string Row(int i) => (i % 97) switch
    {
        13 => $"| Short {i} |",
        29 => $"| Wide {i} | Region | {i} | {i * 1.5:F1} | note | extra | more |",
        41 => "| | | | | |",
        _ => $"| District {i} | Region {i % 14} | {10_000 + i * 37:N0} | {i * 1.7:F1} | {Notes[i % Notes.Length]} |",
    };

    private static string Markup(int rows, string before = "", string after = "")
    {
        var sb = new StringBuilder("# A heading {#top}\n\nA lede paragraph.\n\n").Append(before);
        sb.Append("Table: Every district and its figures {#tbl-data}\n\n| District | Region | Population | Water use (m³) | Note |\n|:--|:--|--:|--:|---|\n");
        for (var i = 1; i <= rows; i++) sb.Append(Row(i)).Append('\n');
        sb.Append("\nA paragraph after the table, see [the data](#tbl-data).\n\n## Numbers\n\n| Year | Value |\n|---|---|\n");
        for (var i = 1; i <= rows / 2; i++) sb.Append($"| {1900 + i} | {i * 3.25:F2} |\n");
        return sb.Append(after).Append("\nThe end.\n").ToString();
    }

    private static string Dump(BriefDocument? document)
    {
        var sb = new StringBuilder();
        Dump(document, sb);
        return sb.ToString();
    }

    private static void Dump(object? o, StringBuilder sb, int depth = 0)
    {
        if (depth > 40) throw new InvalidOperationException("too deep at " + o?.GetType().FullName + " " + sb.ToString()[^300..]);
        switch (o)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append('"').Append(s).Append('"'); break;
            case IEnumerable e:
                sb.Append('[');
                foreach (var x in e) { Dump(x, sb, depth + 1); sb.Append(','); }
                sb.Append(']');
                break;
            case var v when v is ValueType || v.GetType().Namespace?.StartsWith("BriefGenerator", StringComparison.Ordinal) != true: sb.Append(v); break;
            default:
                sb.Append(o.GetType().Name).Append('{');
                foreach (var p in o.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
                {
                    sb.Append(p.Name).Append('=');
                    Dump(p.GetValue(o), sb, depth + 1);
                    sb.Append(';');
                }
                sb.Append('}');
                break;
        }
    }

    private static (string Sliced, string Whole, int Rows) Both(string markup)
    {
        var info = SampleDocuments.Info();
        var (slicedBag, wholeBag) = (new DiagnosticBag(), new DiagnosticBag());
        var sliced = DocumentParser.Parse(markup, info, "markup", slicedBag);
        var whole = DocumentParser.Parse(markup, info, "markup", wholeBag, true, MarkdownSyntax.Parse(markup));
        Assert.Equal(wholeBag.Select(d => d.ToString()), slicedBag.Select(d => d.ToString()));
        var rows = sliced!.Blocks.OfType<Table>().Sum(t => t.Rows.Count);
        return (Dump(sliced), Dump(whole), rows);
    }

    [Fact]
    public void A_long_table_read_in_slices_is_the_table_read_whole()
    {
        var markup = Markup(1300);
        var deferred = DeferredRows.Find(markup);
        Assert.NotNull(deferred);
        Assert.Equal(markup.Length, deferred!.Blanked.Length);
        Assert.Equal(markup.Count(c => c == '\n'), deferred.Blanked.Count(c => c == '\n'));

        // Read through the slices (not the whole markup after all): every deferred stretch was a table's.
        var document = DocumentParser.Parse(markup, SampleDocuments.Info(), "markup", new DiagnosticBag(), true, null, deferred);
        Assert.True(deferred.AllTaken && !deferred.Failed);
        Assert.Equal(1300 + 650, document!.Blocks.OfType<Table>().Sum(t => t.Rows.Count));

        var (sliced, whole, rows) = Both(markup);
        Assert.Equal(1300 + 650, rows);
        Assert.Equal(whole, sliced);
    }

    [Theory]
    [InlineData("```\n", "```\n\n")]                   // the "table" is the text of a fenced code block
    [InlineData("<!--\n", "-->\n\n")]                   // inside an HTML comment
    [InlineData("", "")]                                 // nothing around it: deferred, and the same
    public void Rows_that_are_not_a_tables_read_whole(string before, string after)
    {
        var markup = Markup(700, before, after);
        var (sliced, whole, _) = Both(markup);
        Assert.Equal(whole, sliced);
    }

    [Fact]
    public void A_table_with_a_row_of_inline_markup_is_not_deferred()
    {
        var markup = Markup(800).Replace("| District 700 |", "| District *700* |");
        Assert.Null(DeferredRows.Find(markup));
        var (sliced, whole, _) = Both(markup);
        Assert.Equal(whole, sliced);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(600, false)]
    public void The_loaders_parse_of_a_body_with_a_long_table_is_not_kept_for_the_snapshot(int rows, bool kept)
    {
        var text = "---\ntitle: T\ndate: 2026-01-15\n---\n\n" + Markup(rows);
        var brief = ContentLoader.LoadText(text, "t", "t/brief.md", new DiagnosticBag());
        Assert.Equal(kept, brief!.ParsedBody is not null);
        Assert.Equal(rows, brief.Tables[0].Rows.Count);
    }
}
