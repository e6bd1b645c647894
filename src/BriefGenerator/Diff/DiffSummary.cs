namespace BriefGenerator.Diff;

/// <summary>How many things changed, by kind: what the build report and the one-line build message show.</summary>
public sealed record DiffSummary(int Fields, int Sections, int Paragraphs, int Tables, int Rows, int Columns, int Cells, int Notes, int Links)
{
    /// <summary>Counts the changes of a diff.</summary>
    public static DiffSummary Of(IReadOnlyList<Change> changes)
    {
        int Count(params string[] items) => changes.Count(c => items.Contains(c.Item));
        return new DiffSummary(Count("field"), Count("section"), Count("paragraph", "item", "quote", "code", "source"),
            Count("table"), Count("row"), Count("column"), Count("cell"), Count("note"), Count("link"));
    }

    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Fields + Sections + Paragraphs + Tables + Rows + Columns + Cells + Notes + Links == 0;

    /// <summary>"2 paragraphs, 3 table cells changed", or "no changes".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(int n, string one, string many) { if (n > 0) parts.Add($"{n} {(n == 1 ? one : many)}"); }
        Add(Fields, "front matter field", "front matter fields");
        Add(Sections, "section", "sections");
        Add(Paragraphs, "paragraph", "paragraphs");
        Add(Tables, "table", "tables");
        Add(Rows, "table row", "table rows");
        Add(Columns, "table column", "table columns");
        Add(Cells, "table cell", "table cells");
        Add(Notes, "note", "notes");
        Add(Links, "link", "links");
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts) + " changed";
    }
}
