namespace BriefGenerator.Document;

/// <summary>The one place figure numbers are worded: "Figure 3" before a caption in both formats.</summary>
public static class FigureLabel
{
    /// <summary>"Figure {number}".</summary>
    public static string Of(int number) => $"Figure {number}";
}
