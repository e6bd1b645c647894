using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Which faces a document needs beyond regular and bold: italics of the body font (emphasis in running
/// text, quotes), italics of the heading font (emphasis in headings, tables and captions, which are set in it) and
/// the monospace font (code). Used to embed only the font faces the document uses.</summary>
internal readonly record struct InlineUsage(bool BodyItalic, bool HeadingItalic, bool Code)
{
    /// <summary>Scans every block and inline of the document.</summary>
    public static InlineUsage Of(BriefDocument document)
    {
        bool bodyItalic = false, headingItalic = false, code = false;
        void Inlines(IEnumerable<Inline> inlines, bool heading)
        {
            foreach (var inline in inlines)
                switch (inline)
                {
                    case Emphasis e:
                        if (heading) headingItalic = true; else bodyItalic = true;
                        Inlines(e.Children, heading);
                        break;
                    case Document.Code: code = true; break;
                    case Strong s: Inlines(s.Children, heading); break;
                    case Link l: Inlines(l.Children, heading); break;
                    case CrossRef x: Inlines(x.Children, heading); break;
                    case Superscript or Subscript: Inlines(ScriptRuns.Children(inline), heading); break;
                }
        }
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
                switch (block)
                {
                    case Heading h: Inlines(h.Content, heading: true); break;
                    case Paragraph p: Inlines(p.Content, heading: false); break;
                    case BulletList b: foreach (var i in b.Items) Blocks(i.Blocks); break;
                    case NumberedList n: foreach (var i in n.Items) Blocks(i.Blocks); break;
                    case Callout c: Blocks(c.Blocks); break;
                    case Quote q: bodyItalic = true; Blocks(q.Blocks); break;
                    case DefinitionList d: foreach (var i in d.Items) { foreach (var t in i.Terms) Inlines(t, heading: false); Blocks(i.Definition); } break;
                    case Cover c: Blocks(c.Blocks); break;
                    case Table t:
                        Inlines(t.Caption, heading: true);
                        foreach (var row in t.Head) foreach (var cell in row.Cells) Inlines(cell.Content, heading: true);
                        foreach (var row in t.Rows) foreach (var cell in row.Cells) Inlines(cell.Content, heading: true);
                        break;
                }
        }
        Blocks(document.Blocks);
        foreach (var note in document.Notes) Blocks(note.Blocks);
        return new InlineUsage(bodyItalic, headingItalic, code);
    }
}
