using BriefGenerator.Diagnostics;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Pdf;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Styling;

/// <summary>Cover titles are set in balanced lines, the same in both formats: no single word on the last line.</summary>
public class CoverTitleTests
{
    public static TheoryData<string> Titles => new()
    {
        "US and Uzbekistan Reaffirm Their Commitment to Security in Central Asia",
        "Water, Energy and Food Security in the Amu Darya Basin: Options for the Next Decade of Cooperation",
        "Short Title",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void The_title_lines_are_balanced_alike_in_PDF_and_DOCX(string title)
    {
        var bag = new DiagnosticBag();
        var doc = DocumentParser.Parse($"::: cover\n# {title}\n:::\n\nBody.\n", SampleDocuments.Info(), "markup", bag)!;
        var size = Theme.Default.Fonts.TitleSize;

        using var pdf = PdfFixture.Open(PdfFixture.Render(doc).Pdf);
        var lines = pdf.GetPage(1).GetWords().Where(w => Math.Abs(w.Letters[0].PointSize - size) < 0.05)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
        Assert.Equal(title, string.Join(' ', lines));
        if (lines.Count > 1)
        {
            Assert.True(lines[^1].Split(' ').Length >= 2, $"last line '{lines[^1]}' is a single word");
            // Balanced: no line is less than half as long as the longest.
            Assert.True(lines.Min(l => l.Length) * 2 >= lines.Max(l => l.Length), string.Join(" | ", lines));
        }

        using var docx = DocxTestRender.Open(DocxTestRender.Render(doc));
        var paragraph = docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title");
        var docxLines = string.Concat(paragraph.Descendants<Run>().SelectMany(r => r.ChildElements)
            .Select(e => e is Break ? "\n" : e is Text t ? t.Text : "")).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal(lines, docxLines);
    }
}
