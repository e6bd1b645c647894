using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    // Named as pandoc names them, so a reference.docx made for pandoc styles definition lists too.
    private IEnumerable<Style> DefinitionStyles(Theme theme)
    {
        var s = _roles.Furniture;
        yield return Paragraph(StyleIds.DefinitionTerm, "Definition Term", StyleIds.BodyText, StyleIds.Definition,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(after: 2) },
            Run(bold: true), 30);
        yield return Paragraph(StyleIds.Definition, "Definition", StyleIds.BodyText, StyleIds.BodyText,
            new StyleParagraphProperties { Indentation = new Indentation { Left = Units.TwipsText(s.ListIndent) } },
            null, 30);
    }
}
