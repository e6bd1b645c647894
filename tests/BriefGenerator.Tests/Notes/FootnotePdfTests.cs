using System.Text.RegularExpressions;
using BriefGenerator.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefGenerator.Tests.Notes;

/// <summary>Footnotes in the PDF, read back with PdfPig: each note at the foot of the page its marker is on, under the
/// body text, in smaller type, with the marker a superscript number linked to it.</summary>
public class FootnotePdfTests
{
    private static List<(int Page, double Top, double Bottom, double Size, string Text)> Lines(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var lines = new List<(int, double, double, double, string)>();
        foreach (var page in doc.GetPages())
            foreach (var group in page.Letters.Where(l => l.Value != " ").GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key))
            {
                var text = string.Concat(group.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
                lines.Add((page.Number, page.Height - group.Max(l => l.BoundingBox.Top), page.Height - group.Key,
                    group.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(s => s.Count()).First().Key, text));
            }
        return lines;
    }

    [Fact]
    public void Every_note_sits_at_the_foot_of_the_page_of_its_marker()
    {
        var pdf = NotesBuild.Footnotes.Pdf;
        var lines = Lines(pdf);
        var pages = Readers.PdfPageTexts(pdf);
        Assert.True(pages.Count >= 5, "the brief runs over five pages");
        for (var n = 1; n <= 30; n++)
        {
            // The marker follows the claim (or, for note 1, the lede's question): a superscript number after the stop.
            var pattern = n == 1 ? @"question\. 1(?!\d)" : $@"source\. {n}(?!\d)";
            var markerPage = Assert.Single(Enumerable.Range(1, pages.Count), p => Regex.IsMatch(pages[p - 1], pattern));
            var note = lines.Single(l => l.Text.StartsWith($"{n}.Note{n}text:", StringComparison.Ordinal));
            Assert.True(markerPage == note.Page, $"note {n} is on page {note.Page}, its marker on page {markerPage}");
            var body = lines.Where(l => l.Page == note.Page && l.Size > 10 && l.Bottom < 780).ToList();
            Assert.True(note.Top > body.Max(l => l.Bottom), $"note {n} is below the body text of its page");
            Assert.True(note.Size < 9, $"note {n} is set small ({note.Size} pt)");
        }
    }

    [Fact]
    public void Markers_are_superscript_and_link_to_their_notes_and_back()
    {
        using var doc = PdfDocument.Open(NotesBuild.Footnotes.Pdf);
        var page = doc.GetPage(2);
        var claim = page.Letters.ToList();
        var text = string.Concat(claim.Select(l => l.Value));
        var at = text.IndexOf("source.", StringComparison.Ordinal) + "source.".Length;
        var digit = claim[at];
        Assert.True(char.IsDigit(digit.Value[0]));
        Assert.True(digit.PointSize < claim[at - 1].PointSize * 0.8, "the marker is smaller than the text");
        Assert.True(digit.StartBaseLine.Y > claim[at - 1].StartBaseLine.Y + 2, "the marker is raised");
        // Internal links: markers to notes and each note's number back to its marker, on the same page.
        var links = doc.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .Select(a => (Page: p.Number, a))).ToList();
        Assert.True(links.Count(l => l.a.Action is not null || l.a.AnnotationDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Dest)) >= 60,
            $"{links.Count} links; expected a link from every marker and back from every note");
    }

    [Fact]
    public void A_note_longer_than_the_room_left_continues_on_the_next_page()
    {
        var words = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"w{i}"));
        var brief = $"---\ntitle: Long Note\ndate: 2026-11-27\n---\n\n## One\n\nShort text with a long note.[^long]\n\n[^long]: {words}\n";
        var pages = Readers.PdfPageTexts(NotesBuild.Build(brief).Pdf);
        var first = pages.Select((t, i) => (t, i)).First(p => p.t.Contains("w1 w2 w3")).i;
        Assert.Matches(@"long note\. 1 ", pages[first]);
        Assert.DoesNotContain("w700", pages[first]);
        Assert.Contains("w700", pages[first + 1]);
        Assert.Equal(1, pages.Count(p => p.Contains("w350 ")));
    }
}
