namespace BriefGenerator.Rendering;

/// <summary>The part a position of a table plays when cells span rows and columns.</summary>
public enum SpanRole
{
    /// <summary>A cell starts here.</summary>
    Start,

    /// <summary>Covered by a cell in a row above, in that cell's first column (Word: a <c>vMerge</c> continuation).</summary>
    Below,

    /// <summary>Covered by a cell to the left (Word: included in its <c>gridSpan</c>).</summary>
    Right,
}
