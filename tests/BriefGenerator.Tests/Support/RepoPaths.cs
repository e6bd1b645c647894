namespace BriefGenerator.Tests.Support;

/// <summary>Paths inside the repository, found by walking up from the test binaries to the folder holding BriefGenerator.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefGenerator.sln"))) return dir.FullName;
        throw new InvalidOperationException("BriefGenerator.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder containing BriefGenerator.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The bundled fonts folder, <c>templates/fonts</c>.</summary>
    public static string Fonts => Path.Combine(Root, "templates", "fonts");
}
