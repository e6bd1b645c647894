using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>The .NET tool is platform-specific (README, "As a .NET tool"): on linux-x64 `dotnet tool install` gives the
/// native binary, with the default templates and fonts beside it; where no runtime identifier matches it gives the
/// framework-dependent tool. Either builds a brief from a folder that has only content/, byte for byte as the library
/// does in this process.</summary>
[Trait("Category", "Slow")]
[Collection(PackedToolCollection.Name)]
public class ToolPackageTests(PackedTool tool)
{
    [ToolFact("clang", "clang")]
    public void On_linux_x64_the_tool_installs_as_the_native_binary_with_its_templates()
    {
        Assert.Equal(["BriefGenerator.Cli.any.{0}.nupkg", "BriefGenerator.Cli.linux-x64.{0}.nupkg", "BriefGenerator.Cli.{0}.nupkg"],
            Directory.GetFiles(tool.Feed).Select(f => Path.GetFileName(f).Replace(BriefGenerator.Cli.ToolInfo.Version, "{0}")).Order(StringComparer.Ordinal));

        var brief = tool.NativeBrief;
        var program = new FileInfo(brief).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? brief;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(program)[..4]);
        var folder = Path.GetDirectoryName(program)!;
        Assert.Equal(Path.Combine("tools", "any", "linux-x64"), Path.GetRelativePath(Path.Combine(folder, "..", "..", ".."), folder));
        var store = Path.Combine(Path.GetDirectoryName(brief)!, ".store");
        Assert.Empty(Directory.GetFiles(store, "*.dll", SearchOption.AllDirectories));   // no managed entry point, no runtime
        Assert.Empty(Directory.GetFiles(store, "*.dbg", SearchOption.AllDirectories));   // symbols stay out of the package
        Assert.True(File.Exists(Path.Combine(folder, "libHarfBuzzSharp.so")));
        AssertSameFiles(RepoPaths.Templates, Path.Combine(folder, "templates"));

        BuildsLikeTheLibrary(brief);
    }

    [ToolFact("clang", "clang")]
    public void Where_no_runtime_identifier_matches_the_framework_dependent_tool_installs()
    {
        // A pointer that names another platform's package and `any`: on this machine only `any` matches, as on any
        // platform that has no package of its own.
        var feed = Path.Combine(tool.Root, "feed-elsewhere");
        tool.RunPackScript($"-o \"{feed}\" --rids win-x64 pointer");
        var any = $"BriefGenerator.Cli.any.{BriefGenerator.Cli.ToolInfo.Version}.nupkg";
        File.Copy(Path.Combine(tool.Feed, any), Path.Combine(feed, any));

        var brief = tool.Install(feed, "any");
        var program = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(brief)!, ".store"), "brief.dll", SearchOption.AllDirectories);
        var folder = Path.GetDirectoryName(Assert.Single(program))!;
        Assert.Equal(Path.Combine("tools", "net10.0", "any"), Path.GetRelativePath(Path.Combine(folder, "..", "..", ".."), folder));
        AssertSameFiles(RepoPaths.Templates, Path.Combine(folder, "templates"));

        BuildsLikeTheLibrary(brief);
    }

    /// <summary>The installed tool answers --version and, in a folder with only content/ (so it takes the templates and
    /// fonts it carries), builds the seed brief with all three templates into the same bytes as the library does here
    /// with the repository's templates.</summary>
    private static void BuildsLikeTheLibrary(string brief)
    {
        using var ws = new Workspace();
        Assert.Equal(BriefGenerator.Cli.ToolInfo.Version, ProcessRun.Succeeding(brief, "--version", ws.Root).Trim());
        ws.AddBrief("seed", File.ReadAllText(RepoPaths.SeedBrief)
            .Replace("templates:\n  - policy-brief", "templates:\n  - policy-brief\n  - one-pager\n  - annex"));
        Directory.Delete(ws.Templates);

        var output = ProcessRun.Succeeding(brief, "build", ws.Root);
        Assert.Contains("3 built, 0 skipped, 0 failed", output);
        var library = Path.Combine(ws.Root, "library-out");
        var run = CliRun.Of("build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", library);
        Assert.True(run.Exit == 0, run.Out + run.Err);

        var files = Directory.GetFiles(Path.Combine(ws.Root, "out"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, files.Count);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(library, Path.GetRelativePath(ws.Out, file)))),
                $"{Path.GetRelativePath(ws.Out, file)} differs between the installed tool and the library");
        Assert.Contains("Reaffirm", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "seed", "policy-brief.pdf"))));
    }

    /// <summary>Every file under <paramref name="expected"/> is under <paramref name="actual"/> with the same bytes.</summary>
    private static void AssertSameFiles(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var copy = Path.Combine(actual, Path.GetRelativePath(expected, file));
            Assert.True(File.Exists(copy), $"{copy} is missing");
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), $"{copy} differs from {file}");
        }
    }
}
