using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

internal sealed partial class BlockLayoutBuilder
{
    /// <summary>The id of the "Notes" heading over endnotes.</summary>
    public const string EndnotesId = "endnotes";

    /// <summary>Notes are set in the Footnote role.</summary>
    private RunStyle NoteText => _styles.Footnote;

    /// <summary>One element per note, by number (footnotes: the page loop places them).</summary>
    public Dictionary<int, NoteElement> Notes(IReadOnlyList<Note> notes) => notes.ToDictionary(n => n.Number, NoteBlock);

    // With endnotes, the notes go after a "Notes" heading before the back matter: the closing section that holds only
    // a list of sources (or at the end of the body when there is none). A back page (a page break, then a section, and
    // no sources after it) stays last.
    private IReadOnlyList<Block> WithEndnotes(BriefDocument document)
    {
        if (!_context.Theme.NotesAsEndnotes() || document.Notes.Count == 0) return document.Blocks;
        var blocks = document.Blocks.ToList();
        var end = blocks.Count;
        var lastBreak = blocks.FindLastIndex(b => b is PageBreak);
        if (lastBreak >= 0 && lastBreak + 1 < blocks.Count && blocks[lastBreak + 1] is Heading { Level: 1 }
            && !blocks.Skip(lastBreak).Any(b => b is SourceList))
            end = lastBreak;
        var at = end;
        var last = blocks.FindLastIndex(end - 1, end, b => b is Heading { Level: 1 });
        var closing = blocks.Skip(last + 1).Take(end - last - 1).ToList();
        if (last >= 0 && closing.Count > 0 && closing.All(b => b is SourceList)) at = last;
        blocks.InsertRange(at, new Block[]
        {
            new Heading(1, EndnotesId, new Inline[] { new Document.Text("Notes") }, Diagnostics.SourceSpan.None),
            new EndnotesBlock(document.Notes),
        });
        return blocks;
    }

    private Element EndnotesColumn(EndnotesBlock block) =>
        new ColumnElement(_context, block.Notes.Select((n, i) => ((Element)NoteBlock(n), i == 0 ? 0 : Furniture.ListItemAfter)).ToList());

    private NoteElement NoteBlock(Note note)
    {
        var style = NoteText;
        var items = new List<(Element, double)>();
        foreach (var block in note.Blocks)
        {
            Element element = block is Paragraph p && p.StyleClass is null
                ? new TextBlockElement(_context, _styles.Shape(p.Content, style, p.Span), TextAlign.Left, StructureTag.P)
                : Build(block, 0, false);
            items.Add((element, items.Count == 0 ? 0 : Furniture.ListItemAfter));
        }
        var back = new NoteReference(note.Number, 1).Id;
        var label = _context.Breaker.Break(_styles.Shape(new[] { new StyledRun(note.Number + ".", style with { TargetId = back }) },
            note.Span), 1000, TextAlign.Left)[0];
        var indent = Math.Max(14, label.Width + 4);
        return new NoteElement(_context, note, label, new ColumnElement(_context, items), indent);
    }

    private Element SourceListBlock(SourceList list)
    {
        var style = _styles.Body;
        var labels = list.Entries.Select(e => _context.Breaker.Break(
            _styles.Shape(new[] { new StyledRun($"[{e.Number}]", style) }, list.Span), 1000, TextAlign.Left)[0]).ToList();
        var indent = Math.Max(Furniture.ListIndent, labels.Select(l => l.Width).DefaultIfEmpty(0).Max() + 6);
        var items = new List<(Element, double)>();
        for (int i = 0; i < list.Entries.Count; i++)
        {
            var entry = list.Entries[i];
            var text = new TextBlockElement(_context, _styles.Shape(SourceEntryText.Inlines(entry), style, list.Span), TextAlign.Left, StructureTag.P)
            { AnchorId = entry.Id };
            var body = new ColumnElement(_context, new List<(Element, double)> { (text, 0) }, StructureTag.LBody);
            items.Add((new ListItemElement(_context, labels[i], body, indent), i == 0 ? 0 : Furniture.ListItemAfter));
        }
        return new ColumnElement(_context, items, StructureTag.L);
    }
}
