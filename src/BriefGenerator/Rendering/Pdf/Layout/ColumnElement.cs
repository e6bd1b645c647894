using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Elements stacked top to bottom with a gap before each (dropped at the top of a page). Honours
/// <see cref="Element.KeepWithNext"/>: a heading whose next element cannot start on the same page moves on.</summary>
internal sealed class ColumnElement : Element
{
    private readonly List<(Element Element, double GapBefore)> _items;
    private readonly StructureTag? _tag;
    private int _current;
    private bool _started;

    private readonly record struct Step(int Index, double Y, SpacePlan Plan);

    // The steps of the last Measure and of the last Draw, reused: a column is measured again for every page it may
    // start or go on on, and the lists were a good part of a layout's garbage. Neither outlives its call.
    private readonly List<Step> _measured = new(), _drawn = new();

    public ColumnElement(LayoutContext context, List<(Element Element, double GapBefore)> items, StructureTag? tag = null)
        : base(context)
    {
        _items = items;
        _tag = tag;
    }

    /// <summary>Inserts elements at <paramref name="index"/> before layout starts (no gap before them).</summary>
    public void Insert(int index, params Element[] elements)
    {
        if (_started) throw new InvalidOperationException("Cannot insert into a column already drawn.");
        _items.InsertRange(Math.Min(index, _items.Count), elements.Select(e => (e, 0.0)));
    }

    /// <summary>Never split across pages unless it has a page to itself (short lists).</summary>
    public bool KeepTogether { get; init; }

    public override SpacePlan Measure(double width, double height) => Plan(width, height, _measured).Plan;

    /// <inheritdoc />
    public override Diagnostics.SourceSpan Pending =>
        _current < _items.Count && _items[_current].Element.Pending is { IsKnown: true } inner ? inner : Span;

    public override void Draw(IPdfCanvas canvas, LayoutRect area)
    {
        var (plan, steps) = Plan(area.Width, area.Height, _drawn);
        if (!plan.Places) return;
        if (!_started && _tag is { } tag) canvas.BeginTag(tag);
        _started = true;
        var force = Context.Force;
        var first = true;
        foreach (var step in steps)
        {
            // As in Plan: force goes to the first element that places something, after any finished ones (a page
            // break that ended the previous page), or that element would draw nothing and leave a blank page.
            Context.Force = force && first;
            if (step.Plan.Kind != SpacePlanKind.Empty) first = false;
            _items[step.Index].Element.Draw(canvas, area with { Y = area.Y + step.Y, Height = area.Height - step.Y });
            if (step.Plan.Completes) _current = step.Index + 1;
        }
        Context.Force = force;
        if (_current == _items.Count && _tag is not null) canvas.EndTag();
    }

    private (SpacePlan Plan, List<Step> Steps) Plan(double width, double height, List<Step> steps)
    {
        steps.Clear();
        var force = Context.Force;
        double y = 0;
        bool first = true, ended = false;
        try
        {
            for (int i = _current; i < _items.Count; i++)
            {
                var (element, gapBefore) = _items[i];
                var gap = first ? 0 : gapBefore;
                Context.Force = force && first;
                var plan = element.Measure(width, height - y - gap);
                if (!plan.Places) { ended = true; break; }
                if (plan.Kind == SpacePlanKind.Empty) { steps.Add(new Step(i, y, plan)); continue; }
                if (plan.Kind == SpacePlanKind.Full && element.KeepWithNext && i + 1 < _items.Count && !(first && force))
                {
                    var (next, nextGap) = _items[i + 1];
                    Context.Force = false;
                    if (!next.Measure(width, height - y - gap - plan.Height - nextGap).Places)
                    {
                        // Also take back headings kept with this one (a section heading over a subsection heading)...
                        var keep = steps.Count;
                        while (keep > 0 && _items[steps[keep - 1].Index].Element.KeepWithNext) keep--;
                        // ...unless the chain starts at the top of an empty page: then it is taller than a page and moving
                        // it on would never end (or drop it). Break the chain here instead: this element ends the page.
                        if (force && !steps.Take(keep).Any(s => s.Plan.Kind != SpacePlanKind.Empty))
                        {
                            steps.Add(new Step(i, y + gap, plan));
                            y += gap + plan.Height;
                            ended = true;
                            break;
                        }
                        steps.RemoveRange(keep, steps.Count - keep);
                        y = steps.Count == 0 ? 0 : steps[^1].Y + steps[^1].Plan.Height;
                        ended = true;
                        break;
                    }
                }
                steps.Add(new Step(i, y + gap, plan));
                y += gap + plan.Height;
                first = false;
                if (plan.Kind == SpacePlanKind.Partial) { ended = true; break; }
            }
        }
        finally { Context.Force = force; }

        var placed = false;
        List<int>? notes = null;
        foreach (var step in steps)
        {
            placed |= step.Plan.Kind != SpacePlanKind.Empty;
            // As NoteNumbers.Join: each note once, in order.
            if (step.Plan.Notes is { } part)
                foreach (var n in part)
                    if (!(notes ??= new()).Contains(n)) notes.Add(n);
        }
        if (ended && KeepTogether && !_started && !force)
        {
            steps.Clear();
            return (SpacePlan.Wrap("kept together"), steps);
        }
        if (!ended) return (placed ? SpacePlan.Full(y) with { Notes = notes } : SpacePlan.Empty, steps);
        // Only finished (empty) items before something that does not fit: report Wrap, so that on a fresh page the
        // page loop retries with force instead of emitting a blank page.
        return placed ? (SpacePlan.Partial(y) with { Notes = notes }, steps) : (SpacePlan.Wrap("first element does not fit"), steps);
    }
}
