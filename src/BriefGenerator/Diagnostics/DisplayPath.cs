namespace BriefGenerator.Diagnostics;

/// <summary>How diagnostics name a file: relative to the working folder when it is below it, else as given.</summary>
public static class DisplayPath
{
    public static string For(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? path : rel;
    }
}
