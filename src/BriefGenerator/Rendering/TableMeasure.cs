namespace BriefGenerator.Rendering;

/// <summary>A table's measured width: what it takes (<see cref="Width"/>: the text column, or the column and the
/// breakout) and its columns' widths in points, summing to it.</summary>
public sealed record TableMeasure(double Width, double[] Columns);
