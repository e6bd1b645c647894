using BriefGenerator.Rendering;

namespace BriefGenerator.Tests.Rendering;

public class TableColumnWidthsTests
{
    [Fact]
    public void Widest_fits_that_fit_are_widened_in_proportion()
    {
        var w = TableColumnWidths.Distribute(new[] { 10.0, 20 }, new[] { 50.0, 150 }, 400);
        Assert.Equal(new[] { 100.0, 300 }, w);
    }

    [Fact]
    public void Min_content_first_then_the_rest_in_proportion_to_what_each_column_wants_beyond_it()
    {
        // A short number column and a long text column: the number column cannot grow (max = min), the label
        // column and the text column each get the same fraction of what they want beyond their min-content.
        var w = TableColumnWidths.Distribute(new[] { 70.0, 40, 60 }, new[] { 110.0, 40, 660 }, 470);
        Assert.Equal(470, w.Sum(), 6);
        Assert.Equal(40, w[1], 6);
        var share = (470.0 - 170) / (810 - 170);
        Assert.Equal(70 + 40 * share, w[0], 6);
        Assert.Equal(60 + 600 * share, w[2], 6);
    }

    [Fact]
    public void Narrowest_fits_are_always_honoured_when_they_fit()
    {
        var min = new[] { 100.0, 100, 100 };
        var max = new[] { 130.0, 900, 900 };
        var w = TableColumnWidths.Distribute(min, max, 330);
        Assert.All(w.Zip(min), p => Assert.True(p.First >= p.Second - 1e-9));
        Assert.Equal(330, w.Sum(), 6);
    }

    [Fact]
    public void Too_narrow_scales_the_narrowest_fits_down()
    {
        var w = TableColumnWidths.Distribute(new[] { 100.0, 300 }, new[] { 200.0, 600 }, 200);
        Assert.Equal(new[] { 50.0, 150 }, w);
    }

    private static CellWords Cell(params double[] words) =>
        new(words, words.Select((_, i) => i < words.Length - 1 ? 3.0 : 0).ToArray(), words.Select(_ => false).ToArray());

    [Fact]
    public void Cell_words_count_lines_as_a_greedy_breaker_does()
    {
        var cell = Cell(40, 40, 40, 130);
        Assert.Equal(1, cell.Lines(300));
        Assert.Equal(2, cell.Lines(130));   // 40 40 40 | 130
        Assert.Equal(4, cell.Lines(86));    // 40 40 | 40 | 86 | 44 (the long word cut to the column)
        Assert.Equal(259, cell.Natural, 6);
    }

    [Fact]
    public void Balancing_gives_the_long_text_column_the_room_without_making_any_row_taller()
    {
        // A label column with one long label, a short number column and a text column whose every cell is long.
        var header = new[] { Cell(50), Cell(30), Cell(60) };
        var rows = new[] { header }
            .Concat(Enumerable.Range(0, 6).Select(r => new[] { Cell(50), Cell(30), Cell(Enumerable.Repeat(45.0, 9).ToArray()) }))
            .Append(new[] { Cell(Enumerable.Repeat(50.0, 5).ToArray()), Cell(30), Cell(45, 45) })
            .ToArray();
        double[] min = { 58, 38, 53 }, max = { 278, 38, 440 };
        var plain = TableColumnWidths.Distribute(min, max, 400);
        var balanced = TableColumnWidths.Layout(min, max, rows, 8, 400);
        Assert.Equal(400, balanced.Sum(), 6);
        Assert.All(balanced.Zip(min), p => Assert.True(p.First >= p.Second - 1e-9));
        static int Tallest(CellWords[][] rows, double[] w) => rows.Max(r => r.Select((c, i) => c.Lines(w[i] - 8)).Max());
        static int Total(CellWords[][] rows, double[] w) => rows.Sum(r => r.Select((c, i) => c.Lines(w[i] - 8)).Max());
        Assert.True(Tallest(rows, balanced) <= Tallest(rows, plain), string.Join(", ", balanced) + " / " + string.Join(", ", plain));
        Assert.True(Total(rows, balanced) < Total(rows, plain), $"{Total(rows, balanced)} vs {Total(rows, plain)}");
        Assert.True(balanced[2] > plain[2], string.Join(", ", balanced) + " / " + string.Join(", ", plain));
    }
}
