using System.Runtime.CompilerServices;
using BriefGenerator.Document;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering;

/// <summary>Column widths measured once per table for both formats: the PDF and the DOCX give a table the same grid,
/// computed the same way (every cell shaped and its words measured, <see cref="TableColumnWidths"/>), which for a big
/// table is a good part of its cost. Keyed on the table itself — the document tree is immutable and an edit gives new
/// table objects, so an entry can never be stale — together with the theme and font library (by reference: a changed
/// theme or font folder is a new object), the text width and the breakout. Entries live as long as their table
/// (a weak table: nothing is kept once the document is gone). Two renderers asking at once measure once: the second
/// waits for the first's result.</summary>
public static class TableWidthCache
{
    private static readonly ConditionalWeakTable<Table, List<Entry>> Tables = new();

    /// <summary>The widths of <paramref name="table"/> in a text column <paramref name="text"/> points wide that may
    /// reach <paramref name="breakout"/> points into the margin, as <paramref name="measure"/> computes them, measured
    /// at most once per table, theme, fonts, text width and breakout.</summary>
    public static TableMeasure Get(Table table, Theme theme, FontLibrary fonts, double text, double breakout, Func<TableMeasure> measure) =>
        Find(table, theme, fonts, text, breakout, measure, wait: true)!;

    /// <summary>As <see cref="Get"/>, but never waits on another caller: when one is measuring this table right now,
    /// returns null, and the caller measures it itself (the PDF, which shapes every cell anyway, for its own text and
    /// diagnostics, so that it is never held up by the DOCX; the DOCX waits on the PDF instead).</summary>
    public static TableMeasure? GetUnlessMeasuring(Table table, Theme theme, FontLibrary fonts, double text, double breakout, Func<TableMeasure> measure) =>
        Find(table, theme, fonts, text, breakout, measure, wait: false);

    private static TableMeasure? Find(Table table, Theme theme, FontLibrary fonts, double text, double breakout, Func<TableMeasure> measure, bool wait)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(measure);
        var entries = Tables.GetValue(table, static _ => new List<Entry>(1));
        Lazy<TableMeasure> value;
        lock (entries)
        {
            var found = entries.Find(e => ReferenceEquals(e.Theme, theme) && ReferenceEquals(e.Fonts, fonts) && e.Text.Equals(text) && e.Breakout.Equals(breakout));
            if (found is null)
            {
                found = new Entry(theme, fonts, text, breakout, new Lazy<TableMeasure>(measure, LazyThreadSafetyMode.ExecutionAndPublication));
                entries.Add(found);
            }
            else if (!wait && !found.Value.IsValueCreated) return null;
            value = found.Value;
        }
        // Widths are handed out as copies: a caller may change its array.
        var widths = value.Value;
        return widths with { Columns = (double[])widths.Columns.Clone() };
    }

    private sealed record Entry(Theme Theme, FontLibrary Fonts, double Text, double Breakout, Lazy<TableMeasure> Value);
}
