namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Text in one style, before font fallback and line breaking. <see cref="Text"/> "\n" is a hard line break.</summary>
internal sealed record StyledRun(string Text, RunStyle Style);
