namespace BriefGenerator.Diagnostics;

/// <summary>Stable diagnostic codes. The README lists them; never renumber one.</summary>
public static class DiagnosticCodes
{
    // Content: the brief file and its front matter.
    public const string FileUnreadable = "BG001";        // missing, empty, binary or too large
    public const string FrontMatterMissing = "BG002";    // no --- block at the top
    public const string YamlSyntax = "BG003";            // YAML does not parse
    public const string TitleMissing = "BG004";
    public const string DateInvalid = "BG005";           // missing or not YYYY-MM-DD
    public const string UnknownKey = "BG006";            // warning
    public const string FieldType = "BG007";             // a key has the wrong shape (list expected, ...)
    public const string SlugInvalid = "BG008";
    public const string LanguageInvalid = "BG009";       // warning

    // Body.
    public const string TableShape = "BG020";            // row with more or fewer cells than the header (warning)
    public const string DuplicateId = "BG021";           // warning
    public const string UnknownCrossRef = "BG022";       // [x](#id) with no such id (warning)
    public const string LinkRefused = "BG023";           // a link scheme other than http(s), mailto, #id (warning)
    public const string ControlCharacters = "BG024";     // removed (warning)
    public const string CaptionOrphan = "BG025";         // "Table:" caption with no table beside it (warning)
    public const string InputTooLarge = "BG026";         // nesting or size limit

    // Figures and images (any image a brief or theme names: figures, the logo).
    public const string ImageMissing = "BG052";          // the image file does not exist
    public const string ImageOutside = "BG053";          // the path leaves its folder: ../, an absolute path, a link out
    public const string ImageRemote = "BG054";           // an http(s):// or other URL: builds never fetch
    public const string ImageUndecodable = "BG055";      // not a PNG, JPEG or SVG, or one that does not decode
    public const string ImageFileTooLarge = "BG056";     // the file is over 20 MB
    public const string ImageTooManyPixels = "BG057";    // its header declares over 50 megapixels (a decompression bomb is refused undecoded)
    public const string FigureNoAlt = "BG058";           // warning: a figure without alt text
    public const string FigureAttribute = "BG059";       // a figure attribute that cannot be used (width=…, an unknown key)

    // Constructs the document tree does not render (warnings naming what is kept).
    public const string ImageNotPlaced = "BG065";        // ![alt](url) or <img>: alt text kept until figures land
    public const string RawHtml = "BG066";               // HTML other than <sup>, <sub>, <br>, <img>, comments: kept as literal text
    public const string MathNotTypeset = "BG067";        // $…$ or $$…$$: kept as literal text
    public const string ConstructNotRendered = "BG068";  // any other parsed construct with no node (strikethrough, rules)
    // Notes and sources.
    public const string NoteUndefined = "BG060";         // [^id] with no [^id]: definition (warning, printed as written)
    public const string NoteUnused = "BG061";            // [^id]: definition nothing refers to (warning, not printed)
    public const string LinkDefinitionUnused = "BG062";  // [x]: url nothing uses, outside a sources list (warning, not printed)

    // Templates.
    public const string TemplateUnknown = "BG030";
    public const string TemplateSyntax = "BG031";
    public const string TemplateRuntime = "BG032";       // unknown variable, limits, timeouts
    public const string TemplateInclude = "BG033";       // include outside templates/
    public const string ThemeInvalid = "BG034";
    public const string FontMissing = "BG035";           // a theme names a font family the fonts folder does not have

    // Rendering.
    public const string MissingGlyph = "BG040";          // warning: no bundled font has the character
    public const string Overflow = "BG041";              // warning: e.g. one-pager longer than a page
    public const string OutputUnwritable = "BG042";      // an output file or folder cannot be written

    // Files (any file the tool reads).
    public const string FileOutsideRoot = "BG070";       // its real path (links followed) is outside its folder, or a link loop
    public const string FileNotRegular = "BG071";        // a directory, named pipe (FIFO), device or socket
    public const string ArchiveTooLarge = "BG072";       // an archive (reference_docx) inflates past its limit, or a file is over its cap

    // Charts drawn from table data (BG073–BG079).
    public const string ChartKindUnknown = "BG073";      // chart=… names no chart kind (bar, hbar, stacked, line)
    public const string ChartColumnUnknown = "BG074";    // chart x=… or y=… names no column of the table
    public const string ChartNoNumericColumn = "BG075";  // a chart on a table with no numeric column (or no body rows)
    public const string ChartValueNotNumber = "BG076";   // a cell of a chart's y column is not a number in the brief's language

    // Limits and hostile input (BG080–BG089).
    public const string LayoutLimit = "BG080";           // content that cannot be laid out: does not fit an empty page, or over the page limit
    public const string SourceDateEpochInvalid = "BG081"; // SOURCE_DATE_EPOCH is not a whole number of seconds in 1970..9999
    public const string TableTooWide = "BG082";          // warning: a table has more columns than the text width can set legibly
    public const string FontInvalid = "BG083";           // a font file in templates/fonts/ is not a usable TrueType font
    public const string InternalError = "BG089";         // a bug in BriefGenerator while building one brief (exit 3; other briefs go on)

    // Import (brief import).
    public const string ImportFailed = "BG050";          // nothing to import, content folder missing, result does not load
    public const string BriefExists = "BG051";           // new or import: brief.md exists and --force was not given

    // Diff (brief diff).
    public const string DiffSideUnreadable = "BG095";
    public const string RedlineInexact = "BG096";        // warning: a change the redline DOCX cannot mark exactly is shown as the new text, unmarked    // a side of brief diff: no such file, folder or revision, outside the repository, git failed
}
