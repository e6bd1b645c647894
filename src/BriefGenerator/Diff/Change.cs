namespace BriefGenerator.Diff;

/// <summary>One difference between two briefs.</summary>
/// <param name="Item">field, section, paragraph, item, quote, code, source, table, row, column, cell, note or link.</param>
/// <param name="Section">Title of the section it is in (the new side's when both have it; "" for the lede and for
/// front matter, notes and links).</param>
/// <param name="Label">What names the item: a field name, a table name with row and column, a note label, a URL.</param>
/// <param name="Old">The old text (null when added).</param>
/// <param name="New">The new text (null when removed).</param>
public sealed record Change(ChangeKind Kind, string Item, string Section, string? Label, string? Old, string? New, int? OldLine, int? NewLine)
{
    /// <summary>Word-level runs for changed text; null for values compared whole.</summary>
    public IReadOnlyList<WordOp>? Words { get; init; }

    /// <summary>A short explanation: a number's relative change (<c>+14%</c>), where a section moved.</summary>
    public string? Detail { get; init; }
}
