using System.Text.RegularExpressions;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Properties;

/// <summary>Property tests (a fixed pseudo-random sequence): a theme.yaml with hostile numbers (negative, zero, huge, infinite, NaN, null, text) in any
/// key either loads, and then the PDF has only finite coordinates on the page and the DOCX validates, or is refused
/// with BG034 at a line of the theme. Never an exception, never broken output.</summary>
public class ThemeFuzzTests
{
    private static readonly string[] Keys =
    {
        "page.width", "page.height", "page.margin_top", "page.margin_bottom", "page.margin_left", "page.margin_right",
        "fonts.body_size", "fonts.title_size", "fonts.h1_size", "fonts.h2_size", "fonts.table_size", "fonts.small_size",
        "fonts.line_height", "spacing.paragraph_after", "spacing.heading_before", "spacing.list_indent", "spacing.block_gap",
        "spacing.callout_padding", "table.rule_width", "table.cell_padding", "max_pages", "colors.text", "fonts.body", "footer",
    };

    private static readonly string[] Values =
    {
        "-5", "0", "-0.0", "1e-300", "0.5", "0.8", "1", "3", "4", "12", "24", "36", "40", "48", "72", "96", "97", "144", "300", "10000", "1e6",
        "1e308", "-1e308", ".inf", "-.inf", ".nan", "4294967296", "-4294957296", "null", "''", "abc", "[1, 2]", "{a: 1}", "\"#12345\"",
    };

    // A fixed sequence (not a random seed per run), so the test is the same on every run and every machine.
    private static IEnumerable<List<(string Key, string Value)>> Themes(int count, int seed)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return Enumerable.Range(0, rng.Next(1, 5)).Select(_ => (Keys[rng.Next(Keys.Length)], Values[rng.Next(Values.Length)])).ToList();
    }

    private static string Yaml(IEnumerable<(string Key, string Value)> pairs)
    {
        var lines = new List<string>();
        foreach (var group in pairs.DistinctBy(p => p.Key).GroupBy(p => p.Key.Contains('.') ? p.Key[..p.Key.IndexOf('.')] : ""))
        {
            if (group.Key.Length == 0) { lines.AddRange(group.Select(p => $"{p.Key}: {p.Value}")); continue; }
            lines.Add($"{group.Key}:");
            lines.AddRange(group.Select(p => $"  {p.Key[(p.Key.IndexOf('.') + 1)..]}: {p.Value}"));
        }
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Hostile_theme_numbers_are_refused_at_their_line_or_give_sound_pdf_and_docx()
    {
        var document = SampleDocuments.Everything();
        var accepted = 0;
        foreach (var pairs in Themes(250, 99))
        {
            var yaml = Yaml(pairs);
            var diagnostics = new DiagnosticBag();
            var theme = ThemeLoader.Parse(yaml, "theme.yaml", diagnostics);
            if (theme is null)
            {
                var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                Assert.NotEmpty(errors);
                Assert.All(errors, e => Assert.Matches(@"^theme\.yaml\(\d+,\d+\): error BG034: ", e.ToString()));
                Assert.All(errors, e => Assert.InRange(e.Span.Line, 1, yaml.Split('\n').Length));
                continue;
            }
            accepted++;
            var page = theme.Page;
            var recording = LayoutFixture.Record(document, theme);
            foreach (var t in recording.Texts.Concat(recording.ArtifactTexts))
            {
                Assert.True(double.IsFinite(t.X) && double.IsFinite(t.Baseline) && double.IsFinite(t.Size) && t.Size > 0, $"{yaml}: text '{t.Text}' at {t.X},{t.Baseline} size {t.Size}");
                Assert.True(t.X >= 0 && t.X <= page.Width && t.Baseline >= 0 && t.Baseline <= page.Height,
                    $"{yaml}: text '{t.Text}' at {t.X},{t.Baseline} is off the {page.Width} x {page.Height} page");
            }
            Assert.All(recording.Shapes, s => Assert.True(new[] { s.X1, s.Y1, s.X2, s.Y2 }.All(double.IsFinite), $"{yaml}: shape {s}"));
            var (pdf, _) = PdfFixture.Render(document, theme);
            Assert.DoesNotMatch(new Regex(@"\bNaN\b|Infinity"), System.Text.Encoding.Latin1.GetString(pdf));
            using (var opened = PdfFixture.Open(pdf)) Assert.True(opened.NumberOfPages >= 1);
            var docxErrors = DocxTestRender.Validate(DocxTestRender.Render(document, theme));
            Assert.True(docxErrors.Count == 0, $"{yaml}: {string.Join("; ", docxErrors.Take(3))}");
        }
        Assert.True(accepted > 5, $"only {accepted} themes were accepted; the generator should also make valid ones");
    }

    [Fact]
    public void Hostile_theme_files_never_exit_3_in_a_real_build()
    {
        var rng = new Random(19);
        for (var i = 0; i < 8; i++)
        {
            using var ws = new Workspace();
            ws.CopyRepoTemplates();
            ws.AddBrief("case", "---\ntitle: Fuzzed Theme\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n");
            var pairs = Enumerable.Range(0, 2).Select(_ => (Keys[rng.Next(Keys.Length)], Values[rng.Next(Values.Length)])).ToList();
            File.WriteAllText(Path.Combine(ws.Templates, "policy-brief", "theme.yaml"), Yaml(pairs));
            var run = CliRun.Of("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out);
            Assert.True(run.Exit is 0 or 1, $"{Yaml(pairs)} → exit {run.Exit}: {run.Err}");
            if (run.Exit == 1) Assert.Matches(@"theme\.yaml\(\d+,\d+\): error BG034: ", run.Err);
        }
    }
}
