using BriefGenerator.Content;
using Markdig.Syntax;

namespace BriefGenerator.Document.Parsing;

public sealed partial class DocumentParser
{
    // The document's own blocks, with a SourceList where a listed run of link definitions stands.
    private List<Block> TopBlocks(MarkdownDocument doc, List<SourceRun> runs)
    {
        var result = new List<Block>();
        var top = SourceSections.TopBlocks(doc);
        for (var i = 0; i < top.Count; i++)
        {
            if (Convert(top[i], 0) is { } b) result.Add(b);
            foreach (var run in runs.Where(r => r.Listed && r.AfterBlock == i))
            {
                var entries = run.Definitions.Select(d => _inlines.Sources!.Entry(d)).OfType<SourceEntry>().ToList();
                result.Add(new SourceList(entries, SpanOf(run.Definitions[0])));
            }
        }
        return result;
    }

    // Every note the text refers to, in number order; a note's own markers (notes in notes) join the end of the list.
    private List<Note> Notes()
    {
        var numbering = _inlines.Notes!;
        var notes = new List<Note>();
        for (var i = 0; i < numbering.Order.Count; i++)
        {
            var footnote = numbering.Order[i];
            notes.Add(new Note(i + 1, (footnote.Label ?? "").TrimStart('^'), Blocks(footnote, 1), SpanOf(footnote)));
        }
        return notes;
    }
}
