using BriefGenerator.Document;

namespace BriefGenerator.Rendering;

/// <summary>Turns the document tree into one output format. Renderers only read the tree and the theme.</summary>
public interface IDocumentRenderer
{
    /// <summary>Format name and file extension: "pdf" or "docx".</summary>
    string Format { get; }

    /// <summary>Renders the whole document into bytes. Same inputs give the same bytes.</summary>
    byte[] Render(BriefDocument document, RenderContext context);

    /// <summary>Pages of an output this renderer made, for formats with fixed pages; null where the reader's
    /// program decides the pagination (DOCX).</summary>
    int? CountPages(byte[] output) => null;
}
