namespace BriefGenerator.Theming;

/// <summary>Geometry of the things on a page that are not text flow, shared by both renderers (points).</summary>
public sealed record PageFurniture
{
    /// <summary>How far below the top of the cover's text area the accent bar and title start.</summary>
    public required double CoverOffset { get; init; }

    /// <summary>Width of the accent bar above the cover title.</summary>
    public double CoverBarWidth { get; init; } = 56;

    /// <summary>Thickness of the accent bar above the cover title.</summary>
    public double CoverBarHeight { get; init; } = 4;

    /// <summary>Space between the accent bar and the title.</summary>
    public double CoverBarGap { get; init; } = 14;

    /// <summary>Colour of the accent bar.</summary>
    public required string CoverBarColor { get; init; }

    /// <summary>Space around tables, callouts and quotes.</summary>
    public required double BlockGap { get; init; }

    /// <summary>Colour of a block quote's left rule.</summary>
    public required string QuoteRuleColor { get; init; }

    /// <summary>Fill of a callout box.</summary>
    public required string CalloutFill { get; init; }

    /// <summary>Colour of a callout box's left rule.</summary>
    public required string CalloutRuleColor { get; init; }

    /// <summary>Width of a block quote's left rule; the quote's text sits at the Quote role's left indent.</summary>
    public double QuoteRuleWidth { get; init; } = 2;

    /// <summary>Width of a callout's left rule.</summary>
    public double CalloutRuleWidth { get; init; } = 3;

    /// <summary>Padding inside a callout box (top, right, bottom; the left adds the rule).</summary>
    public required double CalloutPadding { get; init; }

    /// <summary>Hanging indent of list items: the label hangs in it, the text starts after it.</summary>
    public required double ListIndent { get; init; }

    /// <summary>Space between list items.</summary>
    public required double ListItemAfter { get; init; }

    /// <summary>Lists of at most this many items are kept together on one page.</summary>
    public int KeepListItems { get; init; } = 3;
}
