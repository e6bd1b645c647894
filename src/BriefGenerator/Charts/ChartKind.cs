namespace BriefGenerator.Charts;

/// <summary>The kinds of chart a table caption may ask for with <c>chart=…</c>.</summary>
public enum ChartKind
{
    /// <summary><c>bar</c>: vertical bars; several y columns give grouped bars.</summary>
    Bar,

    /// <summary><c>hbar</c>: horizontal bars; several y columns give grouped bars.</summary>
    HorizontalBar,

    /// <summary><c>stacked</c>: vertical bars, the y columns stacked on each other.</summary>
    Stacked,

    /// <summary><c>line</c>: one line per y column over the x categories.</summary>
    Line,
}
