using BriefGenerator.Diagnostics;

namespace BriefGenerator.Document;

/// <summary>A footnote or endnote (<c>[^label]: text</c>): its number (order of first reference, from 1), the label the
/// author gave it, and its content (paragraphs, possibly several, with links).</summary>
public sealed record Note(int Number, string Label, IReadOnlyList<Block> Blocks, SourceSpan Span)
{
    /// <summary>The link target id of the note itself (the marker links here).</summary>
    public string Id => NoteReference.NoteId(Number);
}
