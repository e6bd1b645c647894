namespace BriefGenerator.Theming;

/// <summary>The four faces of a family.</summary>
[Flags]
public enum FontStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = Bold | Italic,
}
