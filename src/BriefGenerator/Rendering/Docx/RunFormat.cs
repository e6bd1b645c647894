namespace BriefGenerator.Rendering.Docx;

/// <summary>Inline formatting inherited down the inline tree: bold, italic, a character style, and superscript or
/// subscript (<c>w:vertAlign</c>).</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null,
    DocumentFormat.OpenXml.Wordprocessing.VerticalPositionValues? Script = null)
{
    public static RunFormat Plain { get; } = new();
}
