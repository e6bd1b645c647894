using BriefGenerator.Diagnostics;
using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Where the PDF sets the notes when the theme says <c>notes: endnotes</c>: a stand-in block the layout
/// builder puts after a "Notes" heading, before the back matter. It never leaves the PDF renderer.</summary>
internal sealed record EndnotesBlock(IReadOnlyList<Note> Notes) : Block(SourceSpan.None);
