namespace BriefGenerator.Rendering.Docx;

/// <summary>A font file ready for the package: its compressed part content and whether it was subset.</summary>
internal sealed record EmbeddedFont(CompressedEntry Entry, bool Subsetted);
