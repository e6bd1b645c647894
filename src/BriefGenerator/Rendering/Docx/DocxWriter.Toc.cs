using System.Globalization;
using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>A TOC field over heading levels 1–3 whose result already lists the entries: each a link to its
    /// heading's bookmark with a PAGEREF field for the page (an estimate until Word or LibreOffice updates it).
    /// Ends with a page break.</summary>
    public void WriteTableOfContents()
    {
        var headings = PageEstimator.Headings(Document, Theme).Where(h => h.Heading.Level is >= 1 and <= 3).ToList();
        if (headings.Count == 0) return;

        var title = AddParagraph(StyleIds.TocHeading);
        title.Append(InlineWriter.TextRun("Contents", RunFormat.Plain));
        for (var i = 0; i < headings.Count; i++)
        {
            var (heading, page) = headings[i];
            var paragraph = AddParagraph(StyleIds.Toc(heading.Level));
            if (i == 0)
            {
                paragraph.Append(FieldRuns.Begin());
                paragraph.Append(FieldRuns.Instruction(@"TOC \o ""1-3"" \h \z \u"));
                paragraph.Append(FieldRuns.Separate());
            }
            var bookmark = BookmarkNames.For(heading.Id);
            var link = new Hyperlink { Anchor = bookmark, History = true };
            link.Append(InlineWriter.TextRun(Clean(InlineWriter.Plain(heading.Content)), RunFormat.Plain));
            link.Append(new Run(new TabChar()));
            FieldRuns.Append(link, $@"PAGEREF {bookmark} \h", page.ToString(CultureInfo.InvariantCulture));
            paragraph.Append(link);
            if (i == headings.Count - 1) paragraph.Append(FieldRuns.End());
        }
        BreakPage();
    }
}
