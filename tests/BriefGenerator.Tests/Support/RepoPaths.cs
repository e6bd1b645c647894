namespace BriefGenerator.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries by walking up to BriefGenerator.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fonts => Path.Combine(Root, "templates", "fonts");

    /// <summary>The live content/ folder, which may hold a user's own briefs: read a brief from it, but never build it
    /// whole; copy what a test needs into a <see cref="Workspace"/> (<see cref="Workspace.CopyBrief"/>).</summary>
    public static string Content => Path.Combine(Root, "content");

    public static string SeedBrief => Path.Combine(Root, "content", "us-uzbekistan-security", "brief.md");

    /// <summary>A file under the test project's TestData folder (copied next to the binaries).</summary>
    public static string TestData(params string[] parts) =>
        Path.Combine(new[] { AppContext.BaseDirectory, "TestData" }.Concat(parts).ToArray());

    /// <summary>The same file in the source tree, for updating golden files.</summary>
    public static string TestDataSource(params string[] parts) =>
        Path.Combine(new[] { Root, "tests", "BriefGenerator.Tests", "TestData" }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefGenerator.sln"))) return dir.FullName;
        throw new InvalidOperationException("BriefGenerator.sln not found above " + AppContext.BaseDirectory);
    }
}
