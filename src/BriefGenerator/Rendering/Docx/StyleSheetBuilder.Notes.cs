using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using static BriefGenerator.Rendering.Docx.StyleFactory;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class StyleSheetBuilder
{
    // Word's built-in note styles (by their built-in names, so Word's own note features and a reference.docx find
    // them) and the list of sources, sized like the PDF's notes.
    private IEnumerable<Style> NoteStyles()
    {
        var note = _roles.Footnote;
        yield return Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, null, RoleParagraph(note), RoleRun(note), 99, primary: false);
        yield return Paragraph(StyleIds.EndnoteText, "endnote text", StyleIds.Normal, null, RoleParagraph(note), RoleRun(note), 99, primary: false);
        yield return Character(StyleIds.FootnoteReference, "footnote reference", Superscript(), 99);
        yield return Character(StyleIds.EndnoteReference, "endnote reference", Superscript(), 99);

        var hanging = Units.TwipsText(_roles.Furniture.ListIndent + 8);
        yield return Paragraph(StyleIds.Bibliography, "Bibliography", StyleIds.BodyText, StyleIds.Bibliography,
            new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = int.Parse(hanging, System.Globalization.CultureInfo.InvariantCulture) }),
                SpacingBetweenLines = Spacing(after: _roles.Furniture.ListItemAfter),
                Indentation = new Indentation { Left = hanging, Hanging = hanging },
            }, null, 37, primary: false);
    }

    private static StyleRunProperties Superscript()
    {
        var run = new StyleRunProperties();
        run.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        return run;
    }
}
