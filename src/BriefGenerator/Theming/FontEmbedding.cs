namespace BriefGenerator.Theming;

/// <summary>The theme's <c>embed_fonts</c> choice for the DOCX, and what <c>auto</c> decides. A subset is smaller but
/// can only draw the characters it kept (the document's, Latin, and its language's script): a character typed later
/// that it lacks is drawn with another font on a machine without the face. A whole face keeps every later edit in
/// the face. <c>auto</c> embeds a face whole up to <see cref="FullLimit"/> bytes (every bundled Noto face, about
/// 0.5–0.65 MB) and subsets larger ones (a CJK face of 10–20 MB would make every DOCX that large).</summary>
public static class FontEmbedding
{
    /// <summary>Whole when the face file is at most <see cref="FullLimit"/> bytes, else a subset.</summary>
    public const string Auto = "auto";

    /// <summary>Every face whole.</summary>
    public const string Full = "full";

    /// <summary>Every face as a subset (marked <c>w:subsetted</c>).</summary>
    public const string Subset = "subset";

    /// <summary>Every face as a real subset of the characters the document uses (and printable ASCII, Latin-1 and common
    /// punctuation, so that page numbers, list numbers and small corrections still draw in the face), its glyphs
    /// renumbered, as Word's "embed only the characters used in the document" does; marked <c>w:subsetted</c>.</summary>
    public const string Used = "used";

    /// <summary>No font embedded: the reader's machine must have the fonts.</summary>
    public const string None = "none";

    /// <summary>The values <c>embed_fonts</c> accepts.</summary>
    public static IReadOnlyList<string> Modes { get; } = new[] { Auto, Full, Subset, Used, None };

    /// <summary>The largest face <see cref="Auto"/> embeds whole: 1 MiB.</summary>
    public const int FullLimit = 1 << 20;

    /// <summary>True when <paramref name="mode"/> embeds a face of <paramref name="bytes"/> bytes as a subset.</summary>
    public static bool Subsets(string mode, long bytes) => mode == Subset || mode == Used || (mode == Auto && bytes > FullLimit);
}
