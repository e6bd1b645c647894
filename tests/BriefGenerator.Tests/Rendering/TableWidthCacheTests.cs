using BriefGenerator.Document;
using BriefGenerator.Rendering;
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
}
