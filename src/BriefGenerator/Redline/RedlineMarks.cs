using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Diff;

namespace BriefGenerator.Redline;

/// <summary>What the redline edition marks in a document tree, found by <see cref="RedlineBuilder"/> and read by the
/// DOCX writer: text runs (paragraphs, headings, list items, table cells) rewritten word by word or inserted whole, and
/// old blocks to write as deleted before a block of the new tree. Keyed by reference, never by value: two equal
/// paragraphs are still two places.</summary>
public sealed class RedlineMarks
{
    private readonly Dictionary<object, IReadOnlyList<WordOp>> _changed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _inserted = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<Block>> _deletedBefore = new(ReferenceEqualityComparer.Instance);
    private readonly List<Block> _deletedAtEnd = new();

    /// <param name="author">The tracked changes' author (w:author).</param>
    /// <param name="date">The tracked changes' date (w:date): the old revision's commit date, never the clock.</param>
    public RedlineMarks(string author, DateTimeOffset date) => (Author, Date) = (author, date);

    /// <summary>The tracked changes' author.</summary>
    public string Author { get; }

    /// <summary>The tracked changes' date.</summary>
    public DateTimeOffset Date { get; }

    /// <summary>What the redline could not mark exactly (rendered as the new text), as located warnings.</summary>
    public List<Diagnostic> Warnings { get; } = new();

    /// <summary>How many insertions, deletions and word-level rewrites are marked (for tests and the report).</summary>
    public int Count => _changed.Count + _inserted.Count + _deletedBefore.Values.Sum(l => l.Count) + _deletedAtEnd.Count;

    /// <summary>The word operations that turn the old text into <paramref name="content"/>; null when it is unchanged.</summary>
    public IReadOnlyList<WordOp>? ChangesOf(IReadOnlyList<Inline> content) => _changed.GetValueOrDefault(content);

    /// <summary>True when <paramref name="content"/> is new as a whole (its paragraph mark is inserted too).</summary>
    public bool IsInserted(IReadOnlyList<Inline> content) => _inserted.Contains(content);

    /// <summary>Old blocks removed just before <paramref name="block"/> (a top-level block of the new tree).</summary>
    public IReadOnlyList<Block> DeletedBefore(Block block) => _deletedBefore.GetValueOrDefault(block) ?? (IReadOnlyList<Block>)Array.Empty<Block>();

    /// <summary>Old blocks removed after the last block of the new tree.</summary>
    public IReadOnlyList<Block> DeletedAtEnd => _deletedAtEnd;

    internal void Change(IReadOnlyList<Inline> content, IReadOnlyList<WordOp> ops) => _changed[content] = ops;

    internal void Insert(IReadOnlyList<Inline> content) => _inserted.Add(content);

    internal void Delete(Block old, Block? before)
    {
        if (before is null) { _deletedAtEnd.Add(old); return; }
        if (!_deletedBefore.TryGetValue(before, out var list)) _deletedBefore[before] = list = new List<Block>();
        list.Add(old);
    }
}
