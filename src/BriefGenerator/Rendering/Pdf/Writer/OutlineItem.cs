namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A bookmark: its title, level (1 is top level), page (object number) and the top of its view.</summary>
internal sealed record OutlineItem(string Title, int Level, int Page, double Top);
