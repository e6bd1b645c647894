using BriefGenerator.Document;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>The numbering part is made once per list layout, body font and list indent, and an edit to any of them —
/// another start number, a list nested deeper, another indent or font — is seen by the next render of the process.</summary>
public class NumberingPartCacheTests
{
    private static BriefDocument Lists(int start, bool nested) => DocxTestRender.With(
        new BulletList(new[] { nested ? Item(P("Parent"), new NumberedList(1, new[] { Item("Child") }, Span())) : Item("Parent") }, Span()),
        new NumberedList(start, new[] { Item("One"), Item("Two") }, Span()));

    private static Numbering NumberingOf(byte[] docx)
    {
        using var doc = DocxTestRender.Open(docx);
        return (Numbering)doc.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.CloneNode(true);
    }

    private static Level Level(Numbering numbering, int abstractId, int level) => numbering.Elements<AbstractNum>()
        .Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().Single(l => l.LevelIndex!.Value == level);

    [Fact]
    public void An_edited_list_theme_or_font_gets_its_own_numbering_part()
    {
        var first = DocxTestRender.Render(Lists(3, nested: false));
        Assert.Equal(3, Level(NumberingOf(first), 1, 0).StartNumberingValue!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, Level(NumberingOf(first), 0, 1).NumberingFormat!.Val!.Value);

        var otherStart = NumberingOf(DocxTestRender.Render(Lists(7, nested: false)));
        Assert.Equal(7, Level(otherStart, 1, 0).StartNumberingValue!.Val!.Value);

        var deeper = NumberingOf(DocxTestRender.Render(Lists(3, nested: true)));
        Assert.Equal(NumberFormatValues.LowerLetter, Level(deeper, 0, 1).NumberingFormat!.Val!.Value);

        var wide = Theme.Default with { Spacing = Theme.Default.Spacing with { ListIndent = 30 } };
        var indented = NumberingOf(DocxTestRender.Render(Lists(3, nested: false), wide));
        Assert.Equal("600", Level(indented, 1, 0).PreviousParagraphProperties!.Indentation!.Left!.Value);

        var sans = Theme.Default with { Fonts = Theme.Default.Fonts with { Body = "Noto Sans" } };
        var bullets = NumberingOf(DocxTestRender.Render(Lists(3, nested: false), sans));
        Assert.Equal("Noto Sans", Level(bullets, 0, 0).NumberingSymbolRunProperties!.GetFirstChild<RunFonts>()!.Ascii!.Value);

        // The first layout again gives the first bytes, and the file validates.
        var again = DocxTestRender.Render(Lists(3, nested: false));
        Assert.Equal(NumberingOf(first).OuterXml, NumberingOf(again).OuterXml);
        Assert.Empty(DocxTestRender.Validate(again));
    }
}
