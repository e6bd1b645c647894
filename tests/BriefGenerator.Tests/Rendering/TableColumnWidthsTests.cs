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
    public void A_short_label_column_keeps_its_widest_fit_and_the_rest_is_shared()
    {
        // The seed's first table: a label column and two long text columns.
        var w = TableColumnWidths.Distribute(new[] { 70.0, 60, 60 }, new[] { 110.0, 230, 250 }, 470);
        Assert.Equal(110, w[0], 6);
        Assert.Equal(470, w.Sum(), 6);
        Assert.True(w[1] >= 60 && w[2] >= 60);
        Assert.True(w[2] > w[1]);
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
