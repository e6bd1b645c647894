using BriefGenerator.Document;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>How a note marker is set: the note's number, superscript (smaller, baseline raised), linked to the note.</summary>
internal static class NoteMarker
{
    /// <summary>The run for <paramref name="reference"/> in text set in <paramref name="style"/>.</summary>
    public static StyledRun Run(NoteReference reference, RunStyle style) => new(reference.Marker, style with
    {
        Size = Math.Round(style.Size * 0.62, 2),
        Rise = Math.Round(style.Size * 0.36, 2),
        Url = null,
        TargetId = NoteReference.NoteId(reference.Number),
        Note = reference,
    });
}
