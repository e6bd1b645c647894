using BriefGenerator.Document;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf.Layout;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Rendering;

/// <summary>A table's widths are measured once for both formats, and measured again whenever anything they depend on
/// differs: the table (an edit makes a new one), the theme, the fonts, the text width or the breakout.</summary>
public class TableWidthCacheTests
{
    private static readonly FontLibrary Fonts = FontLibrary.Open(RepoPaths.Fonts);

    [Fact]
    public void The_same_table_is_measured_once_and_anything_else_again()
    {
        var table = LongTable(3, columns: 2);
        var calls = 0;
        double[] Measure(Table t, Theme theme, FontLibrary fonts, double text, double breakout) =>
            TableWidthCache.Get(t, theme, fonts, text, breakout, () => { calls++; return new TableMeasure(text + breakout, new[] { calls, 1.0 }); }).Columns;

        var first = Measure(table, Theme.Default, Fonts, 400, 40);
        Assert.Equal(first, Measure(table, Theme.Default, Fonts, 400, 40));
        Assert.Equal(1, calls);

        // An edit gives a new table object (records are compared by reference here, never by value).
        var edited = table with { Rows = table.Rows.Take(2).ToList() };
        Measure(edited, Theme.Default, Fonts, 400, 40);
        Assert.Equal(2, calls);
        var copy = table with { };
        Measure(copy, Theme.Default, Fonts, 400, 40);
        Assert.Equal(3, calls);

        Measure(table, Theme.Default with { Table = Theme.Default.Table with { CellPadding = 9 } }, Fonts, 400, 40);
        // The same folder gives the same library (shared by the process); a changed or another folder a new one.
        Measure(table, Theme.Default, FontLibrary.Open(RepoPaths.Fonts), 400, 40);
        Assert.Equal(4, calls);
        using var ws = new Workspace();
        var fonts = Directory.CreateDirectory(Path.Combine(ws.Root, "fonts")).FullName;
        File.Copy(Path.Combine(RepoPaths.Fonts, "NotoSerif-Regular.ttf"), Path.Combine(fonts, "NotoSerif-Regular.ttf"));
        Measure(table, Theme.Default, FontLibrary.Open(fonts), 400, 40);
        Measure(table, Theme.Default, Fonts, 300, 40);
        Measure(table, Theme.Default, Fonts, 400, 0);
        Assert.Equal(7, calls);
        Assert.Equal(first, Measure(table, Theme.Default, Fonts, 400, 40));
        Assert.Equal(7, calls);
    }

    [Fact]
    public void A_caller_changing_its_widths_does_not_change_the_cached_ones()
    {
        var table = LongTable(2, columns: 2);
        var widths = TableWidthCache.Get(table, Theme.Default, Fonts, 400, 0, () => new TableMeasure(400, new[] { 150.0, 250.0 })).Columns;
        widths[0] = 0;
        Assert.Equal(new[] { 150.0, 250.0 }, TableWidthCache.Get(table, Theme.Default, Fonts, 400, 0, () => throw new InvalidOperationException("measured twice")).Columns);
    }

    [Fact]
    public void Two_renderers_asking_at_once_measure_once()
    {
        var table = LongTable(2, columns: 2);
        var calls = 0;
        using var started = new ManualResetEventSlim();
        TableMeasure Slow()
        {
            Interlocked.Increment(ref calls);
            started.Set();
            Thread.Sleep(100);
            return new TableMeasure(400, new[] { 100.0, 300.0 });
        }
        var first = Task.Run(() => TableWidthCache.Get(table, Theme.Default, Fonts, 400, 0, Slow));
        started.Wait();
        var second = TableWidthCache.Get(table, Theme.Default, Fonts, 400, 0, Slow);
        Assert.Equal(first.Result.Columns, second.Columns);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void The_pdf_never_waits_on_another_caller_measuring()
    {
        var table = LongTable(2, columns: 2);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => TableWidthCache.Get(table, Theme.Default, Fonts, 400, 0, () =>
        {
            started.Set();
            release.Wait();
            return new TableMeasure(400, new[] { 100.0, 300.0 });
        }));
        started.Wait();
        // Measured by another caller right now: null at once (the caller measures itself), nothing measured twice.
        Assert.Null(TableWidthCache.GetUnlessMeasuring(table, Theme.Default, Fonts, 400, 0, () => throw new InvalidOperationException("measured twice")));
        release.Set();
        first.Wait();
        Assert.Equal(new[] { 100.0, 300.0 }, TableWidthCache.GetUnlessMeasuring(table, Theme.Default, Fonts, 400, 0, () => throw new InvalidOperationException("measured twice"))!.Columns);
    }

    [Fact]
    public void A_top_level_table_laid_out_for_the_pdf_gives_the_docx_its_widths()
    {
        var table = LongTable(30, columns: 3);
        var theme = Theme.Default;
        var context = new LayoutContext(theme, new FontSet(Fonts, theme, new DiagnosticBag()), new DiagnosticBag());
        var styles = new StyleSheet(context);
        var breakout = theme.Table.BreakoutOn(theme.Page);
        _ = new TableElement(context, styles, table, breakout, topLevel: true);
        var shared = TableWidthCache.Get(table, theme, Fonts, theme.Page.ContentWidth, breakout, () => throw new InvalidOperationException("measured twice"));
        // The same widths as measuring the table on its own, as the DOCX did before.
        var shapes = TableShapes.Shape(context, styles, table);
        var pad = theme.Table.CellPadding;
        var width = shapes.Width(context.Breaker, pad, theme.Page.ContentWidth, breakout);
        Assert.Equal(width, shared.Width);
        Assert.Equal(shapes.ColumnWidths(context.Breaker, pad, width), shared.Columns);
    }
}
