namespace BriefGenerator.Diff;

/// <summary>One readable unit of a section: a paragraph, a list item, a quoted paragraph, a code block, a source
/// entry or a table (then <see cref="Table"/> is set and <see cref="Text"/> is its caption).</summary>
/// <param name="Kind">paragraph, item, quote, code, source or table.</param>
public sealed record SnapshotBlock(string Kind, string Text, int Line, SnapshotTable? Table = null);
