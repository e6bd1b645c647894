namespace BriefGenerator.Theming;

/// <summary>One TrueType face shipped with the project. <see cref="Data"/> is read once per process and shared.</summary>
public sealed class FontFace
{
    private readonly Lazy<byte[]> _data;
    private readonly Lazy<string?> _problem;

    public FontFace(string family, FontStyle style, string path)
    {
        Family = family;
        Style = style;
        Path = path;
        _data = new Lazy<byte[]>(() => File.ReadAllBytes(path), LazyThreadSafetyMode.ExecutionAndPublication);
        _problem = new Lazy<string?>(() => FontFileCheck.Problem(Data), LazyThreadSafetyMode.ExecutionAndPublication);
        FaceName = family.Replace(" ", "") + "-" + (style == FontStyle.Regular ? "Regular" : style.ToString());
    }

    /// <summary>Family name as themes write it, e.g. "Noto Serif".</summary>
    public string Family { get; }
    public FontStyle Style { get; }
    public string Path { get; }

    /// <summary>The font file's bytes.</summary>
    public byte[] Data => _data.Value;

    /// <summary>Null when the file is a usable TrueType font, else what is wrong with it (checked once, on first use).</summary>
    public string? Problem => _problem.Value;

    /// <summary>True when this face belongs to <paramref name="family"/> as a theme writes it ("Noto Serif", "NotoSerif").</summary>
    public bool IsOf(string family) => string.Equals(Family.Replace(" ", ""), family.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>A stable name for the face, e.g. "NotoSerif-BoldItalic".</summary>
    public string FaceName { get; }
}
