using BriefGenerator.Document;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Tests.Docx;

/// <summary>Bullets and numbers are real Word numbering, not typed characters.</summary>
public class DocxNumberingTests
{
    private static Level LevelOf(WordprocessingDocument doc, WParagraph p)
    {
        var numPr = p.ParagraphProperties!.NumberingProperties!;
        var numbering = doc.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numPr.NumberingId!.Val!.Value);
        var abs = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        return abs.Elements<Level>().Single(l => l.LevelIndex!.Value == numPr.NumberingLevelReference!.Val!.Value);
    }

    private static WParagraph Para(WordprocessingDocument doc, string text) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<WParagraph>().First(p => p.InnerText == text);

    [Fact]
    public void Bullet_items_refer_to_a_bullet_level()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var level = LevelOf(doc, Para(doc, "Parent item"));
        Assert.Equal(NumberFormatValues.Bullet, level.NumberingFormat!.Val!.Value);
        Assert.Equal(0, level.LevelIndex!.Value);
    }

    [Fact]
    public void Nested_items_use_the_next_level_of_the_same_instance()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var parent = Para(doc, "Parent item").ParagraphProperties!.NumberingProperties!;
        var nested = Para(doc, "Nested item").ParagraphProperties!.NumberingProperties!;
        Assert.Equal(parent.NumberingId!.Val!.Value, nested.NumberingId!.Val!.Value);
        Assert.Equal(1, nested.NumberingLevelReference!.Val!.Value);
    }

    [Fact]
    public void Numbered_items_refer_to_a_decimal_level()
    {
        using var doc = DocxTestRender.Open(DocxTestRender.Everything);
        var level = LevelOf(doc, Para(doc, "Step two"));
        Assert.Equal(NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal("%1.", level.LevelText!.Val!.Value);
    }

    [Fact]
    public void Each_numbered_list_restarts_at_its_own_start()
    {
        var doc0 = DocxTestRender.With(
            new NumberedList(1, new[] { Item("A1"), Item("A2") }, Span()),
            P("Between"),
            new NumberedList(5, new[] { Item("B5"), Item("B6") }, Span()));
        using var doc = DocxTestRender.Open(DocxTestRender.Render(doc0));
        var a = Para(doc, "A1").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var b = Para(doc, "B5").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(a, b);
        Assert.Equal(1, LevelOf(doc, Para(doc, "A1")).StartNumberingValue!.Val!.Value);
        Assert.Equal(5, LevelOf(doc, Para(doc, "B5")).StartNumberingValue!.Val!.Value);
    }

    [Fact]
    public void Three_levels_of_nesting_get_three_indents()
    {
        var list = new BulletList(new[]
        {
            Item(P("L0"), new BulletList(new[] { Item(P("L1"), new NumberedList(1, new[] { Item("L2") }, Span())) }, Span())),
        }, Span());
        using var doc = DocxTestRender.Open(DocxTestRender.Render(DocxTestRender.With(list)));
        var levels = new[] { "L0", "L1", "L2" }.Select(t => LevelOf(doc, Para(doc, t))).ToList();
        Assert.Equal(new[] { 0, 1, 2 }, levels.Select(l => l.LevelIndex!.Value));
        Assert.Equal(NumberFormatValues.LowerRoman, levels[2].NumberingFormat!.Val!.Value); // decimal, letter, roman by depth
        var indents = levels.Select(l => int.Parse(l.PreviousParagraphProperties!.Indentation!.Left!.Value!)).ToList();
        Assert.True(indents[0] < indents[1] && indents[1] < indents[2]);
    }
}
