using System.Globalization;

namespace BriefGenerator.Document;

/// <summary>A note marker in running text (<c>[^label]</c>): refers to the <see cref="Note"/> with the same
/// <see cref="Number"/> in <see cref="BriefDocument.Notes"/>. <see cref="Occurrence"/> counts references to the same
/// note from 1 (a note referred to twice prints the same number twice).</summary>
public sealed record NoteReference(int Number, int Occurrence) : Inline
{
    /// <summary>The marker as printed: the note's number.</summary>
    public string Marker => Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The link target id of this marker (the note links back here).</summary>
    public string Id => $"note-ref-{Marker}" + (Occurrence > 1 ? "-" + Occurrence.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The link target id of note <paramref name="number"/>.</summary>
    public static string NoteId(int number) => "note-" + number.ToString(CultureInfo.InvariantCulture);
}
