namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>The answer of <see cref="Element.Measure"/>: what fits, and how tall it is.</summary>
/// <param name="Notes">Numbers of the notes whose markers this plan places (their footnotes must fit on the page too).</param>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height, string? Reason = null, IReadOnlyList<int>? Notes = null)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0);
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);
    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);
    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);

    /// <summary>True when this plan draws something or finishes the element (Full, Partial or Empty).</summary>
    public bool Places => Kind != SpacePlanKind.Wrap;

    /// <summary>True when the element is finished after drawing this plan.</summary>
    public bool Completes => Kind is SpacePlanKind.Full or SpacePlanKind.Empty;
}
