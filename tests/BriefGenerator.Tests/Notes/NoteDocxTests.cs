using System.Text.RegularExpressions;
using BriefGenerator.Tests.Docx;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Notes;

/// <summary>Notes in the DOCX are Word's own footnotes (or endnotes): a notes part with the separator notes Word needs,
/// one note per number, references in the text, the built-in note styles; the validator and pandoc accept them.</summary>
public class NoteDocxTests
{
    [Fact]
    public void Thirty_notes_are_thirty_native_footnotes()
    {
        var docx = NotesBuild.Footnotes.Docx;
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        var notes = main.FootnotesPart!.Footnotes!.Elements<W.Footnote>().ToList();
        Assert.Equal(new long[] { -1, 0 }, notes.Where(n => n.Type is not null).Select(n => n.Id!.Value));
        var real = notes.Where(n => n.Type is null).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), real.Select(n => n.Id!.Value));
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i),
            main.Document!.Body!.Descendants<W.FootnoteReference>().Select(r => r.Id!.Value));
        foreach (var note in real)
        {
            var first = note.Elements<W.Paragraph>().First();
            Assert.Equal("FootnoteText", first.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.NotNull(first.Descendants<W.FootnoteReferenceMark>().SingleOrDefault());
            Assert.StartsWith($"Note {note.Id!.Value} text:", string.Concat(first.Descendants<W.Text>().Select(t => t.Text)).Trim());
        }
        // Note 7 keeps its second paragraph; links inside notes work (their relationships live in the notes part).
        Assert.Equal(2, real[6].Elements<W.Paragraph>().Count());
        Assert.Contains(main.FootnotesPart.HyperlinkRelationships, r => r.Uri.ToString() == "https://example.org/r3");
        var settings = main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<W.FootnoteDocumentWideProperties>());
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleName!.Val!.Value).ToList();
        Assert.Contains("footnote text", styles);
        Assert.Contains("footnote reference", styles);
    }

    [ToolFact("pandoc", "pandoc")]
    public void Pandoc_reads_the_footnotes_back_as_notes()
    {
        var html = Pandoc.Convert(NotesBuild.Footnotes.Docx, "html");
        Assert.Equal(30, Regex.Matches(html, "<li id=\"fn\\d+\"").Count);
        Assert.Equal(30, Regex.Matches(html, "class=\"footnote-ref\"").Count);
        Assert.Contains("Note 7 has a second paragraph.", html);
    }

    [Fact]
    public void With_endnotes_the_notes_are_word_endnotes()
    {
        var docx = NotesBuild.Endnotes.Docx;
        Assert.Empty(Readers.DocxErrors(docx));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart!;
        Assert.Null(main.FootnotesPart);
        Assert.Equal(30, main.EndnotesPart!.Endnotes!.Elements<W.Endnote>().Count(n => n.Type is null));
        Assert.Equal(30, main.Document!.Body!.Descendants<W.EndnoteReference>().Count());
    }
}
