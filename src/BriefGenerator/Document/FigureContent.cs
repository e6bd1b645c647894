namespace BriefGenerator.Document;

/// <summary>What a <see cref="Figure"/> shows. Renderers draw each kind; the figure's number, caption, alt text, width,
/// keeping and tagging are the same whatever it shows.</summary>
public abstract record FigureContent;

/// <summary>An image file, named by its path as written in the brief (a key into <see cref="Rendering.RenderContext.Images"/>).</summary>
public sealed record ImageContent(string Path) : FigureContent;
