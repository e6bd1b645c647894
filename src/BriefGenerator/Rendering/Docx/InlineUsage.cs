using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Which inline formatting a document uses, to embed only the font faces it needs.</summary>
internal readonly record struct InlineUsage(bool Italic, bool Code)
{
    /// <summary>Scans every block and inline of the document.</summary>
    public static InlineUsage Of(BriefDocument document)
    {
        bool italic = false, code = false;
        void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
                switch (inline)
                {
                    case Emphasis e: italic = true; Inlines(e.Children); break;
                    case Document.Code: code = true; break;
                    case Strong s: Inlines(s.Children); break;
                    case Link l: Inlines(l.Children); break;
                    case CrossRef x: Inlines(x.Children); break;
                }
        }
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
                switch (block)
                {
                    case Heading h: Inlines(h.Content); break;
                    case Paragraph p: Inlines(p.Content); break;
                    case BulletList b: foreach (var i in b.Items) Blocks(i.Blocks); break;
                    case NumberedList n: foreach (var i in n.Items) Blocks(i.Blocks); break;
                    case Callout c: Blocks(c.Blocks); break;
                    case Quote q: italic = true; Blocks(q.Blocks); break;
                    case Cover c: Blocks(c.Blocks); break;
                    case Table t:
                        Inlines(t.Caption);
                        foreach (var col in t.Columns) Inlines(col.Header);
                        foreach (var row in t.Rows) foreach (var cell in row.Cells) Inlines(cell.Content);
                        break;
                }
        }
        Blocks(document.Blocks);
        return new InlineUsage(italic, code);
    }
}
