using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    private readonly List<StreamedRows> _streamed = new();

    /// <summary>The tables whose rows were kept out of the element tree, in the order they were written.</summary>
    public IReadOnlyList<StreamedRows> StreamedTables => _streamed;

    /// <summary>A store for the rows of <paramref name="table"/> (its marker row is appended now, so call it after the
    /// table's properties and grid), or null when the rows must go into the tree: a table in a note, whose part is
    /// written whole.</summary>
    public StreamedRows? StreamRows(WTable table)
    {
        if (_noteTarget is not null) return null;
        var rows = new StreamedRows(table, _streamed.Count);
        _streamed.Add(rows);
        return rows;
    }
}
