using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Import;
using Markdig.Syntax;

namespace BriefGenerator.Tests.Import;

/// <summary>Random raw articles (fixed seed) made of every line shape the importer knows, plus junk: the result always
/// loads with no diagnostics at all, has no code block, raw HTML block or link definition, and every word of the
/// raw text is still in the text Markdown renders.</summary>
public class ImportPropertyTests
{
    private static readonly string[] Words =
        { "security", "water", "Oʻzbekiston", "Тоҷикистон", "trade", "Asia", "U.S.", "policy", "2026", "Amu", "Darya",
          "reform", "energy", "border", "talks", "Dushanbe", "cooperation", "*", "_", "#tag", "<b>", "[note]", "{x}" };

    [Fact]
    public void Random_articles_load_cleanly_and_keep_every_word()
    {
        var random = new Random(20261127);
        for (var n = 0; n < 300; n++)
        {
            var raw = Article(random);
            var bag = new DiagnosticBag();
            var imported = ArticleImporter.Convert(raw, new ImportOptions(new DateOnly(2026, 1, 1)), "raw.txt", bag);
            if (imported is null) continue; // only when there is no title at all, which Article never makes
            ContentLoader.LoadText(imported.Text, "x", "brief.md", bag);
            Assert.True(bag.Count == 0, $"article {n}:\n{raw}\n=>\n{imported.Text}\n{string.Join("\n", bag)}");
            var body = imported.Text.Split("\n---\n", 2)[1];
            var doc = MarkdownSyntax.Parse(body);
            Assert.Empty(doc.Descendants<CodeBlock>());
            Assert.Empty(doc.Descendants<HtmlBlock>());
            Assert.Empty(doc.Descendants<LinkReferenceDefinition>());
            // List numbers are structure, not text: Markdown renders them as numbering.
            var words = Regex.Replace(raw, @"(?m)^\d{1,3}[.)] ", "");
            var missing = Tokens(words).Except(Tokens(Markdig.Markdown.ToPlainText(body, MarkdownSyntax.Pipeline))).ToList();
            Assert.True(missing.Count == 0, $"article {n} lost {string.Join(", ", missing)}:\n{raw}\n=>\n{imported.Text}");
        }
    }

    private static IEnumerable<string> Tokens(string text) =>
        Regex.Matches(text, @"[\p{L}\p{N}ʻ]+").Select(m => m.Value.ToLowerInvariant()).Distinct();

    private static string Article(Random r)
    {
        var sb = new StringBuilder();
        for (var block = r.Next(1, 14); block > 0; block--)
        {
            switch (r.Next(9))
            {
                case 0: sb.Append(Phrase(r, 2, 8)).Append('\n'); break;                        // heading-like
                case 1: sb.Append(Sentence(r)).Append(' ').Append(Sentence(r)).Append('\n'); break;
                case 2: sb.Append(Phrase(r, 3, 9)).Append(":\n"); break;                      // an introduction
                case 3:
                    for (var i = r.Next(1, 4); i > 0; i--)
                        sb.Append(new[] { "- ", "* ", "• " }[r.Next(3)]).Append(r.Next(2) == 0 ? Phrase(r, 1, 4) + ": " : "").Append(Sentence(r)).Append('\n');
                    break;
                case 4:
                    for (var i = 1; i <= r.Next(1, 4); i++) sb.Append(i).Append(r.Next(2) == 0 ? ". " : ") ").Append(Sentence(r)).Append('\n');
                    break;
                case 5: Table(r, sb); break;
                case 6: sb.Append('\n'); break;
                case 7: sb.Append(new[] { "---", "***", "```", "~~~", "# " + Phrase(r, 1, 3), "> " + Sentence(r), "Table: " + Sentence(r), "[1]: https://example.org", "-", "12. " }[r.Next(10)]).Append('\n'); break;
                default: sb.Append(Sentence(r).Replace(". ", ".")).Append(Sentence(r)).Append('\n'); break; // a scrape artefact
            }
        }
        return "Lede " + Sentence(r) + "\n" + sb;
    }

    private static void Table(Random r, StringBuilder sb)
    {
        var columns = r.Next(1, 5);
        var outer = r.Next(2) == 0;
        string Row(int cells) => (outer ? "| " : "") + string.Join(" | ", Enumerable.Range(0, cells).Select(_ => r.Next(6) == 0 ? "" : Phrase(r, 1, 3))) + (outer || r.Next(2) == 0 ? " |" : "");
        sb.Append(Row(columns)).Append('\n');
        sb.Append(outer ? "|" : "").Append(string.Join("|", Enumerable.Range(0, columns).Select(_ => new[] { "---", ":--", "--:", ":-:" }[r.Next(4)]))).Append(outer ? "|" : "").Append('\n');
        for (var i = r.Next(0, 4); i > 0; i--) sb.Append(Row(Math.Max(1, columns + r.Next(-1, 2)))).Append('\n');
    }

    private static string Phrase(Random r, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, r.Next(min, max + 1)).Select(_ => Words[r.Next(Words.Length)]));

    private static string Sentence(Random r)
    {
        var s = Phrase(r, 4, 14);
        return char.ToUpperInvariant(s[0]) + s[1..] + ".";
    }
}
