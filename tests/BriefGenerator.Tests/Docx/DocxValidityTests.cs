using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>Every file the DOCX renderer writes passes the Open XML SDK validator with zero errors.</summary>
public class DocxValidityTests
{
    [Fact]
    public void Everything_sample_has_no_validation_errors()
    {
        Assert.Empty(DocxTestRender.Validate(DocxTestRender.Everything));
    }

    [Fact]
    public void Long_table_of_240_rows_has_no_validation_errors()
    {
        var bytes = DocxTestRender.LongTable240;
        Assert.Empty(DocxTestRender.Validate(bytes));
    }

    [Fact]
    public void Table_of_contents_theme_has_no_validation_errors()
    {
        var bytes = DocxTestRender.Render(Everything(), Theme.Default with { Toc = true, Justify = true });
        Assert.Empty(DocxTestRender.Validate(bytes));
    }

    [Fact]
    public void Control_characters_are_stripped_and_reported()
    {
        var diagnostics = new DiagnosticBag();
        var doc = DocxTestRender.With(P("Bell\u0007 and null\u0000 and \uFFFF gone"));
        var bytes = DocxTestRender.Render(doc, diagnostics: diagnostics);

        Assert.Empty(DocxTestRender.Validate(bytes));
        using var word = DocxTestRender.Open(bytes);
        Assert.Contains("Bell and null and  gone", word.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ControlCharacters);
    }

    [Fact]
    public void Edge_cases_still_validate()
    {
        Block Nest(int depth) => depth == 0
            ? new BulletList(new[] { Item("leaf") }, Span())
            : new NumberedList(depth, new[] { Item(P("level " + depth), Nest(depth - 1)) }, Span());
        var doc = DocxTestRender.With(
            H(1, "dup", "First"),
            H(1, "dup", "Duplicate id"),
            new Table(null, 1, T(""), Array.Empty<TableColumn>(), Array.Empty<TableRow>(), Span()),
            new Table("empty-body", 2, T("No rows"), new[] { new TableColumn(T("Only"), ColumnAlign.Center) }, Array.Empty<TableRow>(), Span()),
            new Paragraph(new Inline[] { new Link("not a url", T("bad link")), new Link("mailto:a@b.org", T("mail")), new CrossRef("missing", T("nowhere")) }, null, Span()),
            new Paragraph(Array.Empty<Inline>(), null, Span()),
            new Callout(null, new Block[] { new Quote(new Block[] { P("quoted in a callout") }, Span()) }, Span()),
            Nest(12),
            new PageBreak(Span()));
        var bytes = DocxTestRender.Render(doc);
        Assert.Empty(DocxTestRender.Validate(bytes));
        Assert.Empty(DocxTestRender.Validate(DocxTestRender.Render(DocxTestRender.With())));
    }
}
