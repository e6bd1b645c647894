namespace BriefGenerator.Tests.Support;

/// <summary>Programs on PATH that some tests run to read outputs back or to build the project another way.</summary>
public static class ExternalTool
{
    /// <summary>Set by `.ci/run`: a missing tool then fails its tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("BRIEF_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
