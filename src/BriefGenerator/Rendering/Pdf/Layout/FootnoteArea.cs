using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The notes at the foot of each page. The page loop asks how much room the notes of a page's markers need
/// (<see cref="Reserve"/>) and shrinks the body to match, then <see cref="Plan"/>s where each note sits; a note is
/// drawn when its marker is (so it is tagged right after the marker's Reference), under a short rule. A note too long
/// for the room left continues at the top of the next page's notes. With <c>notes: endnotes</c> nothing is reserved.</summary>
internal sealed class FootnoteArea
{
    private const double RuleGap = 9, Gap = 2.5;
    private readonly LayoutContext _context;
    private readonly IReadOnlyDictionary<int, NoteElement> _notes;
    private readonly List<NoteElement> _pending = new();
    private readonly Dictionary<int, LayoutRect> _planned = new();
    private double _ruleY = -1;
    private bool _drewAny;

    public FootnoteArea(LayoutContext context, IReadOnlyDictionary<int, NoteElement> notes, bool endnotes)
    {
        _context = context;
        _notes = notes;
        Endnotes = endnotes;
    }

    /// <summary>True when notes are endnotes: markers only link, and nothing is reserved at the page foot.</summary>
    public bool Endnotes { get; }

    /// <summary>Most of a page's text area that notes may take; the rest of a longer note goes on the next page.</summary>
    private double MaxHeight => _context.ContentHeight * 0.5;

    /// <summary>Height the page's notes need: notes continued from the page before, then the notes of
    /// <paramref name="markers"/>, with the rule above them; 0 when there are none.</summary>
    public double Reserve(IReadOnlyList<int>? markers, double width)
    {
        if (Endnotes) return 0;
        var notes = Notes(markers).ToList();
        if (notes.Count == 0) return 0;
        var force = _context.Force;
        _context.Force = false;
        var height = RuleGap + notes.Sum(n => n.Measure(width, 1e6).Height) + Gap * (notes.Count - 1);
        _context.Force = force;
        return Math.Min(MaxHeight, height);
    }

    /// <summary>Places the page's notes at the foot of <paramref name="page"/> within <paramref name="reserve"/>, and
    /// draws the notes continued from the page before.</summary>
    public void Plan(IPdfCanvas canvas, IReadOnlyList<int>? markers, LayoutRect page, double reserve)
    {
        _planned.Clear();
        _ruleY = -1;
        if (Endnotes || reserve <= 0) return;
        var force = _context.Force;
        _context.Force = false;
        var placed = new List<(NoteElement Note, double Y, double Height)>();
        double y = 0, room = reserve - RuleGap;
        foreach (var note in Notes(markers))
        {
            var gap = placed.Count == 0 ? 0 : Gap;
            var plan = note.Measure(page.Width, room - y - gap);
            if (!plan.Places || plan.Kind == SpacePlanKind.Empty) continue;
            placed.Add((note, y + gap, plan.Height));
            y += gap + plan.Height;
            if (plan.Kind == SpacePlanKind.Partial) break;
        }
        var top = page.Y + page.Height - y;
        _ruleY = top - RuleGap / 2;
        foreach (var (note, at, height) in placed)
            _planned[note.Number] = new LayoutRect(page.X, top + at, page.Width, height);
        foreach (var note in _pending.ToList()) Draw(canvas, note); // continued notes have no marker on this page
        _context.Force = force;
    }

    /// <summary>A marker was drawn: draws its note, if this page has room planned for it; else it waits for the next.</summary>
    public void MarkerDrawn(IPdfCanvas canvas, NoteReference marker)
    {
        if (Endnotes || marker.Occurrence > 1 || !_notes.TryGetValue(marker.Number, out var note) || note.Started) return;
        if (!_planned.ContainsKey(note.Number)) { if (!_pending.Contains(note)) _pending.Add(note); return; }
        var force = _context.Force;
        _context.Force = false;
        Draw(canvas, note);
        _context.Force = force;
    }

    /// <summary>Draws the rule over the notes and keeps unfinished notes for the next page.</summary>
    public void EndPage(IPdfCanvas canvas, LayoutRect page)
    {
        if (_ruleY >= 0 && _drewAny)
            canvas.DrawLine(page.X, _ruleY, page.X + Math.Min(page.Width, 144), _ruleY, 0.5, _context.Theme.Colors.Muted);
        _pending.RemoveAll(n => n.Done);
        _planned.Clear();
        _drewAny = false;
    }

    /// <summary>True while notes wait for a page (a note continued, or one whose marker's page had no room).</summary>
    public bool HasPending => _pending.Count > 0;

    private void Draw(IPdfCanvas canvas, NoteElement note)
    {
        if (!_planned.TryGetValue(note.Number, out var rect)) return;
        note.Draw(canvas, rect);
        _drewAny = true;
        _planned.Remove(note.Number);
        if (!note.Done && !_pending.Contains(note)) _pending.Add(note);
    }

    private IEnumerable<NoteElement> Notes(IReadOnlyList<int>? markers)
    {
        foreach (var note in _pending) yield return note;
        if (markers is null) yield break;
        foreach (var n in markers)
            if (_notes.TryGetValue(n, out var note) && !note.Started && !_pending.Contains(note)) yield return note;
    }
}
