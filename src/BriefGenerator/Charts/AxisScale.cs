namespace BriefGenerator.Charts;

/// <summary>A value axis with ticks at round numbers: steps of 1, 2 or 5 times a power of ten, about five of them,
/// always including zero (bars grow from zero).</summary>
public sealed record AxisScale(double Min, double Max, double Step)
{
    /// <summary>The scale for data running from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static AxisScale For(double low, double high)
    {
        low = Math.Min(0, low);
        high = Math.Max(0, high);
        if (high - low < 1e-12) high = low + 1;
        var rough = (high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var norm = rough / magnitude;
        var step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
        var min = Math.Floor(low / step + 1e-9) * step;
        var max = Math.Ceiling(high / step - 1e-9) * step;
        return new AxisScale(Clean(min, step), Clean(max, step), step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Clean(Min + i * Step, Step)).ToList();
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <see cref="Min"/> (0) and <see cref="Max"/> (1).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);

    // Rounds away binary noise (0.30000000000000004) to the step's decimals.
    private static double Clean(double value, double step) => Math.Round(value, Math.Min(15, ChartNumber.Decimals(step) + 1));
}
