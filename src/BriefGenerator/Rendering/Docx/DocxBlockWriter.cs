using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Base of the per-node writers: casts once, so each writer handles its own type only.</summary>
internal abstract class DocxBlockWriter<T> : IDocxBlockWriter where T : Block
{
    public void Write(DocxWriter writer, Block block) => Write(writer, (T)block);

    /// <summary>Writes the block.</summary>
    protected abstract void Write(DocxWriter writer, T block);
}
