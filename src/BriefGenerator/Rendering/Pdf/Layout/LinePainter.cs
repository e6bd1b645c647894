using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Rendering.Pdf.Text;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Draws set lines: merges neighbouring fragments of the same face and colour into one text run and wraps
/// link fragments in link areas.</summary>
internal static class LinePainter
{
    /// <summary>Draws <paramref name="line"/> with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    /// <param name="notes">The page's footnote area: a note marker drawn here draws its note (tagged Note after the
    /// marker's Reference); null where markers only link (running heads, repeated table headers).</param>
    public static void Paint(IPdfCanvas canvas, TextLine line, double x, double top, FootnoteArea? notes = null)
    {
        var frags = line.Fragments;
        int i = 0;
        while (i < frags.Count)
        {
            var style = frags[i].Fragment.Style;
            if (style.IsLink)
            {
                int end = i;
                while (end + 1 < frags.Count && SameLink(frags[end + 1].Fragment.Style, style)) end++;
                // A trailing space is not part of the link area.
                int last = end;
                while (last > i && frags[last].Fragment.IsSpace) last--;
                // Its area spans its fragments wherever they stand (right-to-left lines reorder them).
                var range = frags.Skip(i).Take(last - i + 1).ToList();
                var left = x + range.Min(f => f.X);
                var width = range.Max(f => f.X + f.Width) - range.Min(f => f.X);
                var alt = string.Concat(frags.Skip(i).Take(last - i + 1).Select(f => f.Fragment.Text));
                var note = notes is null ? null : style.Note;
                if (note is not null) { canvas.BeginTag(StructureTag.Reference); canvas.Anchor(note.Id, top); }
                canvas.BeginLink(style.Url, style.TargetId, left, top, width, line.Height, alt);
                PaintRange(canvas, line, i, end + 1, x, top);
                canvas.EndLink();
                if (note is not null) { canvas.EndTag(); notes!.MarkerDrawn(canvas, note); }
                i = end + 1;
            }
            else
            {
                int end = i;
                while (end + 1 < frags.Count && !frags[end + 1].Fragment.Style.IsLink) end++;
                PaintRange(canvas, line, i, end + 1, x, top);
                i = end + 1;
            }
        }
    }

    private static void PaintRange(IPdfCanvas canvas, TextLine line, int from, int to, double x, double top)
    {
        var frags = line.Fragments;
        var baseline = top + line.Baseline;
        int i = from;
        while (i < to)
        {
            var first = frags[i];
            int j = i + 1;
            // Merge while face, size and colour match, nothing was stretched in between (justified spaces) and each
            // follows the last on the page (not so between words of a right-to-left line, drawn in reading order).
            while (j < to && Mergeable(frags[j - 1], frags[j])) j++;
            var text = j == i + 1 ? first.Fragment.Text : Joined(frags, i, j);
            var f = first.Fragment;
            canvas.DrawText(text, f.Face, f.Style.Size, f.Style.Color, x + first.X, baseline - f.Style.Rise);
            i = j;
        }
    }

    // The texts of frags[from..to) joined in one string (a line's merged run: one string, not one per fragment added).
    private static string Joined(IReadOnlyList<PlacedFragment> frags, int from, int to)
    {
        var length = 0;
        for (var k = from; k < to; k++) length += frags[k].Fragment.Text.Length;
        return string.Create(length, (frags, from, to), static (span, state) =>
        {
            var at = 0;
            for (var k = state.from; k < state.to; k++)
            {
                var text = state.frags[k].Fragment.Text;
                text.AsSpan().CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }

    private static bool Mergeable(PlacedFragment a, PlacedFragment b) =>
        ReferenceEquals(a.Fragment.Face, b.Fragment.Face)
        && a.Fragment.Style.Size == b.Fragment.Style.Size
        && a.Fragment.Style.Color == b.Fragment.Style.Color
        && a.Fragment.Style.Rise == b.Fragment.Style.Rise
        && Math.Abs(a.Width - a.Fragment.Width) < 0.001
        && Math.Abs(b.X - (a.X + a.Width)) < 0.001;

    private static bool SameLink(RunStyle a, RunStyle b) => a.Url == b.Url && a.TargetId == b.TargetId && a.Note == b.Note && b.IsLink;
}
