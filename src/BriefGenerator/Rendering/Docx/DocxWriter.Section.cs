using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>Page size and margins from the theme, running header and footer on every page; when the document has a
    /// cover, the first page (through <c>titlePg</c>) gets an empty header and footer instead.</summary>
    private SectionProperties WriteSection()
    {
        var page = Theme.Page;
        var section = new SectionProperties();
        var header = Expand(Theme.Header);
        var footer = Expand(Theme.Footer);
        var cover = Document.Blocks.Any(b => b is Document.Cover);
        if (header.Length > 0)
        {
            var head = AddHeader("rIdHeader", HeaderFooterValues.Default, RunningText(StyleIds.Header, header, RightToLeft));
            if (Context.Logo is { } logo)
            {
                // As in the PDF: a third of logo_width, at most 18 pt high, after the head's text, right-aligned by a tab.
                var width = Theme.LogoWidth / 3;
                var height = width / logo.Aspect;
                if (height > 18) (width, height) = (18 * logo.Aspect, 18);
                var paragraph = ((Header)head.Root!).GetFirstChild<WParagraph>()!;
                paragraph.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = Units.Twips(page.ContentWidth) });
                paragraph.Append(new Run(new TabChar()));
                paragraph.Append(new Run(Pictures.Picture(head, logo, width, height, "Logo", LogoAlt)));
            }
            if (cover) AddHeader("rIdHeaderFirst", HeaderFooterValues.First, new WParagraph(Style(StyleIds.Footer)));
        }
        if (footer.Length > 0)
        {
            AddFooter("rIdFooter", HeaderFooterValues.Default, RunningText(StyleIds.Footer, footer, RightToLeft));
            if (cover) AddFooter("rIdFooterFirst", HeaderFooterValues.First, new WParagraph(Style(StyleIds.Footer)));
        }
        foreach (var reference in _references) section.Append(reference);

        section.Append(new PageSize
        {
            Width = (uint)Units.Twips(page.Width),
            Height = (uint)Units.Twips(page.Height),
            Orient = page.Width > page.Height ? PageOrientationValues.Landscape : null,
        });
        section.Append(new PageMargin
        {
            Top = Units.Twips(page.MarginTop),
            Bottom = Units.Twips(page.MarginBottom),
            Left = (uint)Units.Twips(page.MarginLeft),
            Right = (uint)Units.Twips(page.MarginRight),
            Header = (uint)Units.Twips(page.MarginTop / 2),
            Footer = (uint)Units.Twips(page.MarginBottom / 2),
            Gutter = 0,
        });
        if (cover) section.Append(new TitlePage());
        return section;
    }

    private readonly List<OpenXmlElement> _references = new();

    private DocxPart AddHeader(string id, HeaderFooterValues type, WParagraph content)
    {
        var part = _package.Add(_main, DocxPartType.Header, id);
        part.Root = new Header(content);
        _references.Add(new HeaderReference { Type = type, Id = id });
        return part;
    }

    /// <summary>The logo's alt text: it names the organisation when the brief gives one.</summary>
    public string LogoAlt => Clean(Document.Info.Organization is { Length: > 0 } org ? $"Logo of {org}" : "Logo");

    private void AddFooter(string id, HeaderFooterValues type, WParagraph content)
    {
        _package.Add(_main, DocxPartType.Footer, id).Root = new Footer(content);
        _references.Add(new FooterReference { Type = type, Id = id });
    }

    private string Expand(string template) => Clean(template
        .Replace("{short_title}", Document.Info.ShortTitle, StringComparison.Ordinal)
        .Replace("{title}", Document.Info.Title, StringComparison.Ordinal)).Trim();

    /// <summary>Whether the brief's language is written right to left (<see cref="TextDirection"/>).</summary>
    public bool RightToLeft => TextDirection.IsRightToLeft(Document.Info.Language);

    /// <summary>Header or footer text where <c>{page}</c> and <c>{pages}</c> become PAGE and NUMPAGES fields; marked
    /// <c>w:bidi</c> in a right-to-left brief, so Word mirrors its alignment as the PDF does.</summary>
    private static WParagraph RunningText(string styleId, string text, bool rightToLeft)
    {
        var properties = Style(styleId);
        if (rightToLeft) properties.BiDi = new BiDi();
        var paragraph = new WParagraph(properties);
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            if (m.Index > at) paragraph.Append(InlineWriter.TextRun(text[at..m.Index], RunFormat.Plain));
            FieldRuns.Append(paragraph, m.Groups[1].Value == "page" ? "PAGE" : "NUMPAGES", "1");
            at = m.Index + m.Length;
        }
        if (at < text.Length) paragraph.Append(InlineWriter.TextRun(text[at..], RunFormat.Plain));
        return paragraph;
    }

    private static ParagraphProperties Style(string styleId) => new() { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };

    [GeneratedRegex(@"\{(pages|page)\}")]
    private static partial Regex Placeholder();
}
