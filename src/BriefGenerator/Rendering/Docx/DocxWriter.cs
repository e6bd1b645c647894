using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes one document tree into the parts of a DOCX (<see cref="DocxPackage"/>). Holds the state the node writers share
/// (where paragraphs go, list and container context, ids); the node writers themselves are small classes, one per
/// block kind, registered in the constructor (Markdig's renderer-per-node design). Split by concern into partial files.</summary>
internal sealed partial class DocxWriter
{
    private readonly Dictionary<Type, IDocxBlockWriter> _writers = new();
    private readonly DocxPackage _package;
    private readonly DocxPart _main;
    private readonly Body _body;
    private bool _pendingPageBreak;
    private double _gapBefore;
    private int _nextBookmarkId;
    private readonly HashSet<string> _bookmarkNames = new(StringComparer.Ordinal);
    private int _removedCharacters;
    private SourceSpan _block = SourceSpan.None;
    private SourceSpan _firstRemoval = SourceSpan.None;

    public DocxWriter(DocxPackage package, BriefDocument document, RenderContext context)
    {
        _package = package;
        Pictures = new DocxPictures(package);
        Document = document;
        Context = context;
        Styles = StyleResolver.Resolve(context.Theme);
        Numbering = new NumberingBuilder(context.Theme);
        _main = package.Add(null, DocxPartType.MainDocument);
        _body = new Body();

        Register(new HeadingWriter());
        Register(new ParagraphWriter());
        Register(new BulletListWriter());
        Register(new NumberedListWriter());
        Register(new TableWriter());
        Register(new CalloutWriter());
        Register(new QuoteWriter());
        Register(new PageBreakWriter());
        Register(new CoverWriter());
        Register(new DefinitionListWriter());
        Register(new SourceListWriter());
        Register(new FigureWriter());
    }

    /// <summary>The images embedded so far, one part each (figures, the logo).</summary>
    public DocxPictures Pictures { get; }

    /// <summary>The main document part (images of the body and chart parts are added there).</summary>
    public DocxPart MainPart => _main;

    /// <summary>The package the parts are added to.</summary>
    public DocxPackage Package => _package;

    /// <summary>The tree being written.</summary>
    public BriefDocument Document { get; }

    /// <summary>Theme, fonts, template folder and the diagnostics bag.</summary>
    public RenderContext Context { get; }

    /// <summary>The document language for Word (BCP 47); en-US when the brief gives none.</summary>
    public string Language => string.IsNullOrWhiteSpace(Document.Info.Language) ? "en-US" : Clean(Document.Info.Language.Trim());

    /// <summary>The theme every style is built from.</summary>
    public Theme Theme => Context.Theme;

    /// <summary>The theme's named styles, which the styles part maps as they are.</summary>
    public StyleSet Styles { get; }

    /// <summary>The lists registered so far, written as the numbering part at the end.</summary>
    public NumberingBuilder Numbering { get; }

    /// <summary>The document's root element when the renderer writes its part (there are streamed tables to splice
    /// in: <see cref="DocumentSplicer"/>); null when the part holds it as its root.</summary>
    public DocumentFormat.OpenXml.Wordprocessing.Document? SplicedRoot { get; private set; }

    /// <summary>Paragraph style for body text in the current container (callout, quote or plain body).</summary>
    public string? ContainerStyle { get; set; }

    /// <summary>Left indent (points) of the current container's paragraphs; list numbers hang from it.</summary>
    public double ContainerIndent { get; set; }

    /// <summary>The numbering instance and level of the list being written; null outside lists.</summary>
    public (int NumberId, int Level)? List { get; set; }

    /// <summary>Writes every part of the package.</summary>
    public void Write()
    {
        var hasCover = Document.Blocks.Any(b => b is Cover);
        if (Theme.Toc && !hasCover) WriteTableOfContents();
        foreach (var block in Document.Blocks) WriteBlock(block);
        WriteDeleted(null);
        WriteNotes();
        if (_removedCharacters > 0)
            Context.Diagnostics.Warning(DiagnosticCodes.ControlCharacters,
                $"{_removedCharacters} character(s) that XML cannot carry were left out of the Word file (the first here).", _firstRemoval);

        var root = new DocumentFormat.OpenXml.Wordprocessing.Document(_body);
        // Declared once on the root rather than on every hyperlink.
        root.AddNamespaceDeclaration("r", DocxNamespaces.Relationships); // StreamedRows writes rows under the same declarations
        // With streamed tables the part's entry is made by DocxRenderer (the rows spliced in, deflated once).
        if (_streamed.Count > 0) SplicedRoot = root;
        else _main.Root = root;
        WriteStyles();
        WriteNumbering();
        WriteSettings();
        WriteFonts();
        _body.Append(WriteSection());
        WriteProperties();
    }

    /// <summary>Writes one block through its registered writer.</summary>
    public void WriteBlock(Block block)
    {
        if (!_writers.TryGetValue(block.GetType(), out var writer))
            throw new InvalidOperationException($"No DOCX writer for {block.GetType().Name}.");
        var outer = _block;
        if (block.Span.IsKnown) _block = block.Span;
        WriteDeleted(block);
        writer.Write(this, block);
        _block = outer;
    }

    /// <summary>Appends a paragraph in a style to the body; a pending page break or gap lands on it.</summary>
    public WParagraph AddParagraph(string styleId)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (_pendingPageBreak)
        {
            properties.PageBreakBefore = new PageBreakBefore();
            _pendingPageBreak = false;
        }
        // Word has no space below a table (or a group of callout paragraphs); the paragraph after one takes it,
        // unless its style brings its own.
        if (_gapBefore > 0 && styleId is not (StyleIds.Heading1 or StyleIds.Heading2 or StyleIds.Heading3 or StyleIds.Caption or StyleIds.Title)
            && styleId != ContainerStyle)
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = Units.TwipsText(_gapBefore) };
        _gapBefore = 0;
        var paragraph = new WParagraph(properties);
        Target.Append(paragraph);
        return paragraph;
    }

    /// <summary>Appends a block-level element (a table) to the body. A pending page break needs a
    /// paragraph to sit on, so it is written as an explicit break first.</summary>
    public void AddBlockElement(OpenXmlElement element)
    {
        if (_pendingPageBreak)
        {
            _pendingPageBreak = false;
            Target.Append(new WParagraph(new Run(new Break { Type = BreakValues.Page })));
        }
        _gapBefore = 0;
        Target.Append(element);
    }

    /// <summary>The next paragraph keeps a gap (points) from the block just written (a table, callout or list).</summary>
    public void GapAfterBlock(double points) => _gapBefore = points;

    /// <summary>The next block starts a new page.</summary>
    public void BreakPage() => _pendingPageBreak = true;

    /// <summary>Wraps a paragraph's content in a bookmark named after a document id.</summary>
    public void Bookmark(WParagraph paragraph, string? id)
    {
        if (string.IsNullOrEmpty(id)) return;
        var name = BookmarkNames.For(id);
        // A repeated id (already reported by the parser) keeps its first target; Word wants bookmark names unique.
        if (!_bookmarkNames.Add(name)) return;
        var number = (_nextBookmarkId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = number, Name = name };
        var properties = paragraph.ParagraphProperties;
        if (properties is null) paragraph.PrependChild(start);
        else properties.InsertAfterSelf(start);
        paragraph.Append(new BookmarkEnd { Id = number });
    }

    /// <summary>Text made safe for XML; counts what had to go for one warning at the end.</summary>
    public string Clean(string text)
    {
        var clean = XmlText.Clean(text, out var removed);
        _removedCharacters += removed;
        if (removed > 0 && !_firstRemoval.IsKnown) _firstRemoval = _block;
        return clean;
    }

    private void Register<T>(DocxBlockWriter<T> writer) where T : Block => _writers[typeof(T)] = writer;
}
