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
}
