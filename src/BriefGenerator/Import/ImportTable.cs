namespace BriefGenerator.Import;

/// <summary>A pipe table, every row padded to <see cref="ColumnCount"/> cells.</summary>
/// <param name="Header">Header cells.</param>
/// <param name="Delimiters">One delimiter cell per column: <c>---</c>, <c>:---</c>, <c>:---:</c> or <c>---:</c>.</param>
/// <param name="Rows">Body rows.</param>
public sealed record ImportTable(IReadOnlyList<string> Header, IReadOnlyList<string> Delimiters,
    IReadOnlyList<IReadOnlyList<string>> Rows, int Line) : ImportBlock(Line)
{
    /// <summary>Number of columns (the widest of header, delimiter row and body rows).</summary>
    public int ColumnCount => Header.Count;

    /// <summary>The caption text, set once the table has been captioned.</summary>
    public string Caption { get; init; } = "";

    /// <summary>The table id (<c>tbl-…</c>), set with the caption.</summary>
    public string Id { get; init; } = "";
}
