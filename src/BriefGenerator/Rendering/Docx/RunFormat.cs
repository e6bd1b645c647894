namespace BriefGenerator.Rendering.Docx;

/// <summary>Inline formatting inherited down the inline tree: bold, italic and a character style.</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null)
{
    public static RunFormat Plain { get; } = new();
}
