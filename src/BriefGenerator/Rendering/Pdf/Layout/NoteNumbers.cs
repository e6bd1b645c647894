using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The note numbers a layout plan carries: which footnotes its lines call for.</summary>
internal static class NoteNumbers
{
    /// <summary>Notes first referred to in <paramref name="lines"/>, in order; null for none (the common case).</summary>
    public static IReadOnlyList<int>? Of(IEnumerable<TextLine> lines)
    {
        List<int>? notes = null;
        foreach (var line in lines)
            foreach (var f in line.Fragments)
                if (f.Fragment.Style.Note is { Occurrence: 1 } n && !(notes ??= new()).Contains(n.Number)) notes.Add(n.Number);
        return notes;
    }

    /// <summary>Adds the notes first referred to in <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>)
    /// to <paramref name="notes"/> (made when the first is found), each once, in order.</summary>
    public static void Add(ref List<int>? notes, IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (int i = from, end = Math.Min(lines.Count, to); i < end; i++)
        {
            var frags = lines[i].Fragments;
            for (var k = 0; k < frags.Count; k++)
                if (frags[k].Fragment.Style.Note is { Occurrence: 1 } n && !(notes ??= new()).Contains(n.Number)) notes.Add(n.Number);
        }
    }

    /// <summary>The notes of several plans, in order.</summary>
    public static IReadOnlyList<int>? Join(IEnumerable<IReadOnlyList<int>?> parts)
    {
        List<int>? notes = null;
        foreach (var part in parts)
            if (part is not null)
                foreach (var n in part)
                    if (!(notes ??= new()).Contains(n)) notes.Add(n);
        return notes;
    }
}
