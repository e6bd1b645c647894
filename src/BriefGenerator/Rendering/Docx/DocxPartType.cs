namespace BriefGenerator.Rendering.Docx;

/// <summary>A kind of part the DOCX writer adds, with what the Open XML SDK gives such a part: content type,
/// relationship type, folder, base name and extension, and whether the first of its kind is numbered 1 (headers,
/// footers and charts: <c>header1.xml</c>) or not (<c>image.png</c>, then <c>image2.png</c>). Unique parts
/// (<see cref="Unique"/>: styles, settings, …) take the base name alone.</summary>
internal sealed record DocxPartType(string ContentType, string RelationshipType, string Folder, string Name, string Extension,
    bool Unique = false, bool Numbered = false)
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>The relationship type of an external hyperlink.</summary>
    public const string HyperlinkRelationship = Rel + "hyperlink";

    /// <summary><c>word/document.xml</c>.</summary>
    public static readonly DocxPartType MainDocument = new(Wml + "document.main+xml", Rel + "officeDocument", "word/", "document", ".xml", Unique: true);

    /// <summary><c>word/styles.xml</c>.</summary>
    public static readonly DocxPartType Styles = new(Wml + "styles+xml", Rel + "styles", "word/", "styles", ".xml", Unique: true);

    /// <summary><c>word/numbering.xml</c>.</summary>
    public static readonly DocxPartType Numbering = new(Wml + "numbering+xml", Rel + "numbering", "word/", "numbering", ".xml", Unique: true);

    /// <summary><c>word/settings.xml</c>.</summary>
    public static readonly DocxPartType Settings = new(Wml + "settings+xml", Rel + "settings", "word/", "settings", ".xml", Unique: true);

    /// <summary><c>word/fontTable.xml</c>.</summary>
    public static readonly DocxPartType FontTable = new(Wml + "fontTable+xml", Rel + "fontTable", "word/", "fontTable", ".xml", Unique: true);

    /// <summary><c>word/footnotes.xml</c>.</summary>
    public static readonly DocxPartType Footnotes = new(Wml + "footnotes+xml", Rel + "footnotes", "word/", "footnotes", ".xml", Unique: true);

    /// <summary><c>word/endnotes.xml</c>.</summary>
    public static readonly DocxPartType Endnotes = new(Wml + "endnotes+xml", Rel + "endnotes", "word/", "endnotes", ".xml", Unique: true);

    /// <summary><c>word/header1.xml</c>, <c>word/header2.xml</c>, ….</summary>
    public static readonly DocxPartType Header = new(Wml + "header+xml", Rel + "header", "word/", "header", ".xml", Numbered: true);

    /// <summary><c>word/footer1.xml</c>, ….</summary>
    public static readonly DocxPartType Footer = new(Wml + "footer+xml", Rel + "footer", "word/", "footer", ".xml", Numbered: true);

    /// <summary>An obfuscated embedded font, <c>word/fonts/font.odttf</c>, <c>font2.odttf</c>, ….</summary>
    public static readonly DocxPartType Font = new("application/vnd.openxmlformats-officedocument.obfuscatedFont", Rel + "font", "word/fonts/", "font", ".odttf");

    /// <summary>A chart, <c>word/charts/chart1.xml</c>, ….</summary>
    public static readonly DocxPartType Chart = new("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", Rel + "chart", "word/charts/", "chart", ".xml", Numbered: true);

    /// <summary>A chart's embedded workbook, <c>word/charts/embeddings/package.bin</c>, ….</summary>
    public static readonly DocxPartType EmbeddedWorkbook = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Rel + "package", "word/charts/embeddings/", "package", ".bin");

    /// <summary>A PNG image, <c>media/image.png</c>, ….</summary>
    public static readonly DocxPartType Png = new("image/png", Rel + "image", "media/", "image", ".png");

    /// <summary>A JPEG image, <c>media/image.jpg</c>, ….</summary>
    public static readonly DocxPartType Jpeg = new("image/jpeg", Rel + "image", "media/", "image", ".jpg");

    /// <summary>An SVG image, <c>media/image.svg</c>, ….</summary>
    public static readonly DocxPartType Svg = new("image/svg+xml", Rel + "image", "media/", "image", ".svg");

    /// <summary><c>docProps/core.xml</c>.</summary>
    public static readonly DocxPartType CoreProperties = new("application/vnd.openxmlformats-package.core-properties+xml",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/", "core", ".xml", Unique: true);

    /// <summary><c>docProps/app.xml</c>.</summary>
    public static readonly DocxPartType ExtendedProperties = new("application/vnd.openxmlformats-officedocument.extended-properties+xml",
        Rel + "extended-properties", "docProps/", "app", ".xml", Unique: true);
}
