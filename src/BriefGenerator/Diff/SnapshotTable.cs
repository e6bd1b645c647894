namespace BriefGenerator.Diff;

/// <summary>A table as text: its id, number, caption, column headers and body rows (every row as wide as the header).</summary>
public sealed record SnapshotTable(string? Id, int Number, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>How a change names the table: its caption, else "Table N".</summary>
    public string Name => Caption.Length > 0 ? Caption : $"Table {Number}";
}
