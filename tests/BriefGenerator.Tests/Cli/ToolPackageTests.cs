using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

/// <summary>`dotnet pack` gives a .NET tool that installs as `brief`, answers --version, and carries the default
/// templates and fonts, so it builds a brief from a folder that has only content/.</summary>
[Trait("Category", "Slow")]
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_answers_version_and_builds_from_any_folder()
    {
        using var ws = new Workspace();
        var packages = Path.Combine(ws.Root, "packages");
        var tools = Path.Combine(ws.Root, "tools");
        // Its own artifacts folder (bin/ and obj/ of both projects), so packing never rewrites the build output under
        // src/ that `dotnet run` and other builds of the repository use.
        ProcessRun.Succeeding("dotnet", $"pack \"{Path.Combine(RepoPaths.Root, "src", "BriefGenerator.Cli")}\" -c Release -o \"{packages}\" " +
            $"--artifacts-path \"{Path.Combine(ws.Root, "artifacts")}\" -p:Version=9.9.9", RepoPaths.Root);
        ProcessRun.Succeeding("dotnet", $"tool install BriefGenerator.Cli --version 9.9.9 --tool-path \"{tools}\" --add-source \"{packages}\"", ws.Root);
        var brief = Path.Combine(tools, "brief");

        Assert.Equal("9.9.9", ProcessRun.Succeeding(brief, "--version", ws.Root).Trim());
        Directory.Delete(ws.Templates);
        ws.AddBrief("tooled", "---\ntitle: Built by the installed tool\ndate: 2026-01-15\n---\n\n## One\n\nText.\n");
        var output = ProcessRun.Succeeding(brief, "build --format pdf", ws.Root);
        Assert.Contains("1 built", output);
        Assert.Contains("Built by the installed tool", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "tooled", "policy-brief.pdf"))));
    }
}
