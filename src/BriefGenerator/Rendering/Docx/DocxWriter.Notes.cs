using System.Globalization;
using BriefGenerator.Document;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    private const string NotesId = "rIdNotes";
    private OpenXmlCompositeElement? _noteTarget;
    private DocxPart? _notesPart;

    /// <summary>Where block writers put paragraphs and tables: the body, or the note being written.</summary>
    private OpenXmlCompositeElement Target => _noteTarget ?? _body;

    /// <summary>True when the theme asks for endnotes rather than footnotes.</summary>
    private bool Endnotes => Theme.NotesAsEndnotes();

    /// <summary>The run for a note marker: Word's own footnote (or endnote) reference, which Word numbers and links to
    /// the note. A second reference to the same note, or one inside a note, repeats the number as superscript text.</summary>
    public Run NoteReferenceRun(NoteReference reference)
    {
        var style = Endnotes ? StyleIds.EndnoteReference : StyleIds.FootnoteReference;
        var run = new Run(new RunProperties { RunStyle = new RunStyle { Val = style } });
        if (reference.Occurrence > 1 || _noteTarget is not null)
            run.Append(new Text(reference.Marker));
        else if (Endnotes)
            run.Append(new EndnoteReference { Id = reference.Number });
        else
            run.Append(new FootnoteReference { Id = reference.Number });
        return run;
    }

    // The footnotes (or endnotes) part: Word's separator notes (ids -1 and 0), then one note per number.
    private void WriteNotes()
    {
        if (Document.Notes.Count == 0) return;
        OpenXmlCompositeElement root;
        if (Endnotes)
        {
            var part = _package.Add(_main, DocxPartType.Endnotes, NotesId);
            var endnotes = new Endnotes(Separator<Endnote>(-1, NoteSeparator.Separator), Separator<Endnote>(0, NoteSeparator.Continuation));
            (_notesPart, root, part.Root) = (part, endnotes, endnotes);
        }
        else
        {
            var part = _package.Add(_main, DocxPartType.Footnotes, NotesId);
            var footnotes = new Footnotes(Separator<Footnote>(-1, NoteSeparator.Separator), Separator<Footnote>(0, NoteSeparator.Continuation));
            (_notesPart, root, part.Root) = (part, footnotes, footnotes);
        }
        var (containerStyle, list, indent) = (ContainerStyle, List, ContainerIndent);
        foreach (var note in Document.Notes)
        {
            OpenXmlCompositeElement element = Endnotes ? new Endnote { Id = note.Number } : new Footnote { Id = note.Number };
            _noteTarget = element;
            (ContainerStyle, List, ContainerIndent) = (Endnotes ? StyleIds.EndnoteText : StyleIds.FootnoteText, null, 0);
            foreach (var block in note.Blocks) WriteBlock(block);
            if (element.FirstChild is not WParagraph first)
                element.PrependChild(first = new WParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = ContainerStyle } }));
            var mark = new Run(new RunProperties { RunStyle = new RunStyle { Val = Endnotes ? StyleIds.EndnoteReference : StyleIds.FootnoteReference } },
                Endnotes ? new EndnoteReferenceMark() : new FootnoteReferenceMark());
            var space = new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve });
            if (first.ParagraphProperties is { } pPr) pPr.InsertAfterSelf(mark); else first.PrependChild(mark);
            mark.InsertAfterSelf(space);
            root.Append(element);
        }
        (ContainerStyle, List, ContainerIndent) = (containerStyle, list, indent);
        _noteTarget = null;
        _notesPart = null;
    }

    private enum NoteSeparator { Separator, Continuation }

    private static T Separator<T>(long id, NoteSeparator kind) where T : FootnoteEndnoteType, new()
    {
        var note = new T { Id = id, Type = kind == NoteSeparator.Separator ? FootnoteEndnoteValues.Separator : FootnoteEndnoteValues.ContinuationSeparator };
        var spacing = new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        OpenXmlElement mark = kind == NoteSeparator.Separator ? new DocumentFormat.OpenXml.Wordprocessing.SeparatorMark() : new ContinuationSeparatorMark();
        note.Append(new WParagraph(spacing, new Run(mark)));
        return note;
    }

    /// <summary>The settings element that names the separator notes (<c>w:footnotePr</c> or <c>w:endnotePr</c>).</summary>
    private OpenXmlElement? NoteSettings()
    {
        if (Document.Notes.Count == 0) return null;
        if (Endnotes)
            return new EndnoteDocumentWideProperties(new EndnoteSpecialReference { Id = -1 }, new EndnoteSpecialReference { Id = 0 });
        return new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 });
    }
}
