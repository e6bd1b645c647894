using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes one kind of block into the Word document.</summary>
internal interface IDocxBlockWriter
{
    /// <summary>Writes <paramref name="block"/> at the writer's current position.</summary>
    void Write(DocxWriter writer, Block block);
}
