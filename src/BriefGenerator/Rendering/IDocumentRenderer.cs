using BriefGenerator.Document;

namespace BriefGenerator.Rendering;

/// <summary>Turns the document tree into one output format. Renderers only read the tree and the theme.</summary>
public interface IDocumentRenderer
{
    /// <summary>Format name and file extension: "pdf" or "docx".</summary>
    string Format { get; }

    /// <summary>Renders the whole document into bytes. Same inputs give the same bytes.</summary>
    byte[] Render(BriefDocument document, RenderContext context);

    /// <summary>Renders and says how many pages the output has, where the format knows (PDF); the build reports it.</summary>
    RenderedOutput RenderOutput(BriefDocument document, RenderContext context) => new(Render(document, context), null);
}
