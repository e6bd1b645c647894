using BriefGenerator.Diagnostics;
using BriefGenerator.Document;

namespace BriefGenerator.Tests.Support;

/// <summary>Document trees built by hand, so renderer tests do not depend on the parser.</summary>
public static class SampleDocuments
{
    public static SourceSpan Span(int line = 1) => new("brief.md", line, 1);

    public static IReadOnlyList<Inline> T(string text) => new Inline[] { new Text(text) };

    public static Paragraph P(string text, string? cls = null) => new(T(text), cls, Span());

    public static Heading H(int level, string id, string text) => new(level, id, T(text), Span());

    public static ListItem Item(params Block[] blocks) => new(blocks);

    public static ListItem Item(string text) => new(new Block[] { P(text) });

    public static DocumentInfo Info(string title = "Test Brief", string language = "en-US") => new(
        Title: title,
        Subtitle: "A subtitle",
        ShortTitle: title,
        Authors: new[] { "Dilnoza Rashidova", "Jane Doe" },
        Organization: "Institute for Tests",
        Language: language,
        Date: new DateOnly(2026, 11, 1),
        Subject: "A summary of the test brief.",
        Keywords: new[] { "security", "Central Asia" },
        Timestamp: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        ToolVersion: "0.1.0");

    /// <summary>A table with <paramref name="rows"/> body rows; cell text is "R{row}C{col}".</summary>
    public static Table LongTable(int rows, int columns = 3, int number = 1, string id = "tbl-long")
    {
        var cols = Enumerable.Range(1, columns)
            .Select(c => new TableColumn(T($"Column {c}"), c == columns ? ColumnAlign.Right : ColumnAlign.Left))
            .ToList();
        var body = Enumerable.Range(1, rows)
            .Select(r => new TableRow(Enumerable.Range(1, columns).Select(c => new TableCell(T($"R{r}C{c}"))).ToList()))
            .ToList();
        return new Table(id, number, T("A long table"), cols, body, Span());
    }

    /// <summary>Every kind of block and inline, with Uzbek and Tajik names that must extract exactly.</summary>
    public static BriefDocument Everything()
    {
        var blocks = new List<Block>
        {
            new Cover(new Block[]
            {
                H(0, "title", "Test Brief"),
                P("A subtitle", "subtitle"),
                P("1 November 2026", "date"),
                P("Dilnoza Rashidova, Jane Doe", "authors"),
                P("Institute for Tests", "organization"),
            }, Span()),
            new Callout("Key points", new Block[]
            {
                new BulletList(new[] { Item("First key point."), Item("Second key point.") }, Span()),
            }, Span()),
            P("The lede paragraph about Oʻzbekiston and Тоҷикистон.", "lede"),
            H(1, "first-section", "First Section"),
            new Paragraph(new Inline[]
            {
                new Text("Plain, "), new Strong(T("bold")), new Text(", "), new Emphasis(T("italic")),
                new Text(", "), new Code("code()"), new Text(", a "),
                new Link("https://example.org/", T("link")), new Text(" and a "),
                new CrossRef("tbl-areas", T("reference to Table 1")), new Text("."),
            }, null, Span()),
            new BulletList(new[]
            {
                Item(new Paragraph(new Inline[] { new Strong(T("Counterterrorism:")), new Text(" joint training.") }, null, Span())),
                Item(P("Parent item"), new BulletList(new[] { Item("Nested item") }, Span())),
            }, Span()),
            new NumberedList(1, new[] { Item("Step one"), Item("Step two") }, Span()),
            new Table("tbl-areas", 1, T("Areas of focus"),
                new[]
                {
                    new TableColumn(T("Area of Focus"), ColumnAlign.Left),
                    new TableColumn(T("Objectives"), ColumnAlign.Left),
                    new TableColumn(T("Expected Outcomes"), ColumnAlign.Right),
                },
                new[]
                {
                    new TableRow(new[] { new TableCell(T("Counterterrorism")), new TableCell(T("Enhance joint operations")), new TableCell(T("Reduced threats")) }),
                    new TableRow(new[] { new TableCell(T("Economic Development")), new TableCell(T("Foster trade")), new TableCell(T("Increased stability")) }),
                }, Span()),
            H(2, "a-subsection", "A Subsection"),
            new Quote(new Block[] { P("A quoted remark.") }, Span()),
            new PageBreak(Span()),
            H(1, "second-section", "Second Section"),
            P("Text after the page break."),
        };
        return new BriefDocument(Info(), blocks);
    }
}
