using BriefGenerator.Diagnostics;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using UglyToad.PdfPig.Content;

namespace BriefGenerator.Tests.Styling;

/// <summary>The measure: full lines of body text hold 60–75 characters in the default theme and in the policy-brief
/// template's theme, read back from the PDF with PdfPig.</summary>
public class PageMeasureTests
{
    public static TheoryData<string> Themes => new() { "default", "policy-brief" };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Full_body_lines_of_the_seed_hold_60_to_75_characters(string themeName)
    {
        var bag = new DiagnosticBag();
        var theme = themeName == "default"
            ? Theme.Default
            : ThemeLoader.Load(Path.Combine(RepoPaths.Templates, themeName, "theme.yaml"), "theme.yaml", bag)!;
        var markup = File.ReadAllText(RepoPaths.TestData("templates", "policy-brief.seed.md"));
        var doc = DocumentParser.Parse(markup, SampleDocuments.Info(), "seed", bag)!;
        using var pdf = PdfFixture.Open(PdfFixture.Render(doc, theme).Pdf);

        var lengths = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            var body = page.GetWords().Where(w => IsBody(w.Letters[0], theme));
            foreach (var line in body.GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)))
            {
                // Full lines only: the last line of a paragraph is as short as it happens to be.
                var right = line.Max(w => w.BoundingBox.Right);
                if (right < theme.Page.MarginLeft + 0.85 * theme.Page.ContentWidth) continue;
                lengths.Add(line.Sum(w => w.Text.Length) + line.Count() - 1);
            }
        }
        Assert.True(lengths.Count >= 40, $"only {lengths.Count} full body lines");
        Assert.InRange(lengths.Average(), 60, 75);
        Assert.True(lengths.Max() <= 85, $"longest line {lengths.Max()} characters");
    }

    private static bool IsBody(Letter letter, Theme theme) =>
        letter.FontName!.Replace(" ", "").Contains(theme.Fonts.Body.Replace(" ", ""), StringComparison.Ordinal) && Math.Abs(letter.PointSize - theme.Fonts.BodySize) < 0.05;
}
