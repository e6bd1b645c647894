namespace BriefGenerator.Document;

/// <summary>The document tree: one immutable tree that every renderer reads and none changes.</summary>
public sealed record BriefDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks)
{
    /// <summary>The notes the text refers to with <see cref="NoteReference"/>s, in number order (1, 2, …). Renderers set
    /// them as footnotes or, when the theme says <c>notes: endnotes</c>, as endnotes.</summary>
    public IReadOnlyList<Note> Notes { get; init; } = Array.Empty<Note>();
}
