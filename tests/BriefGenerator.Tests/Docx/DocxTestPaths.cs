namespace BriefGenerator.Tests.Docx;

/// <summary>Where the repository's files are, found by walking up from the test binaries to BriefGenerator.sln.</summary>
internal static class DocxTestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefGenerator.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("BriefGenerator.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding BriefGenerator.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The bundled fonts, <c>templates/fonts</c>.</summary>
    public static string Fonts => Path.Combine(RepositoryRoot, "templates", "fonts");
}
