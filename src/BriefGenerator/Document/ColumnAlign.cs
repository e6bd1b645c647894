namespace BriefGenerator.Document;

/// <summary>Horizontal alignment of a table column, from the delimiter row (<c>:--</c>, <c>:-:</c>, <c>--:</c>).</summary>
public enum ColumnAlign
{
    Left,
    Center,
    Right,
}
