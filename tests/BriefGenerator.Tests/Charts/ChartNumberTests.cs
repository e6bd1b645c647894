using BriefGenerator.Charts;

namespace BriefGenerator.Tests.Charts;

/// <summary>Chart numbers are read and written the way the brief's language writes them, and value axes tick at round
/// numbers (1, 2 or 5 times a power of ten) from zero.</summary>
public class ChartNumberTests
{
    [Theory]
    [InlineData("1,234.5", "en-US", 1234.5)]
    [InlineData("US$ 1,200", "en-US", 1200)]
    [InlineData("40%", "en", 40)]
    [InlineData("-3.5", "en", -3.5)]
    [InlineData("1 234,5", "fr", 1234.5)]
    [InlineData("1\u202F234,5", "fr", 1234.5)]
    [InlineData("1\u00A0234,5", "ru", 1234.5)]
    [InlineData("1.234,5", "de", 1234.5)]
    [InlineData("12,5", "de-DE", 12.5)]
    public void Numbers_are_read_in_the_briefs_language(string cell, string language, double expected)
    {
        var (ok, value) = ChartNumber.Read(cell, language);
        Assert.True(ok);
        Assert.Equal(expected, value!.Value, 6);
    }

    [Theory]
    [InlineData("about 18", "en")]
    [InlineData("3–5", "en")]
    [InlineData("1,234.5", "fr")]
    [InlineData("1 234,5", "en")]
    public void Words_ranges_and_the_other_languages_numbers_are_not_numbers(string cell, string language) =>
        Assert.False(ChartNumber.Read(cell, language).Ok);

    [Theory]
    [InlineData("")]
    [InlineData("–")]
    [InlineData("n/a")]
    public void Blanks_and_placeholders_are_missing_values(string cell) => Assert.Equal((true, (double?)null), ChartNumber.Read(cell, "en"));

    [Fact]
    public void Axis_labels_are_written_in_the_briefs_language()
    {
        Assert.Equal("12,500.5", ChartNumber.Format(12500.5, 1, "en-US"));
        Assert.Equal("12\u202F500,5", ChartNumber.Format(12500.5, 1, "fr"));
        Assert.Equal("12\u00A0500,5", ChartNumber.Format(12500.5, 1, "ru"));
        Assert.Equal("12.500,5", ChartNumber.Format(12500.5, 1, "de"));
        Assert.Equal("−20", ChartNumber.Format(-20, 0, "en"));
    }

    [Theory]
    [InlineData(0, 1234.5, 0, 1500, 500)]
    [InlineData(0, 55, 0, 60, 20)]
    [InlineData(0, 190, 0, 200, 50)]
    [InlineData(0, 0.73, 0, 0.8, 0.2)]
    [InlineData(-12, 30, -20, 30, 10)]
    public void Ticks_fall_on_round_numbers_from_zero(double low, double high, double min, double max, double step)
    {
        var scale = AxisScale.For(low, high);
        Assert.Equal((min, max, step), (scale.Min, scale.Max, scale.Step));
        Assert.Contains(0.0, scale.Ticks);
        Assert.Equal(scale.Ticks.Count, (int)Math.Round((max - min) / step) + 1);
    }
}
