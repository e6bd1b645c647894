using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Builds a copy of the repository's seed brief with the repository's templates once, through the CLI, in a
/// temp folder (never the live content/ folder, which may hold a user's own briefs).</summary>
public sealed class SeedBuildFixture : IDisposable
{
    private readonly Workspace _ws = new();

    public SeedBuildFixture()
    {
        var slug = Path.GetFileName(Path.GetDirectoryName(RepoPaths.SeedBrief)!);
        _ws.CopyBrief();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ExitCode = CliApp.Run(new[] { "build", "--content", _ws.Content, "--templates", RepoPaths.Templates, "--out", Out }, stdout, stderr);
        StdOut = stdout.ToString();
        StdErr = stderr.ToString();
        var folder = Path.Combine(Out, slug);
        Pdf = File.Exists(Path.Combine(folder, "policy-brief.pdf")) ? File.ReadAllBytes(Path.Combine(folder, "policy-brief.pdf")) : Array.Empty<byte>();
        Docx = File.Exists(Path.Combine(folder, "policy-brief.docx")) ? File.ReadAllBytes(Path.Combine(folder, "policy-brief.docx")) : Array.Empty<byte>();
    }

    public string Out => _ws.Out;
    public int ExitCode { get; }
    public string StdOut { get; }
    public string StdErr { get; }
    public byte[] Pdf { get; }
    public byte[] Docx { get; }

    public void Dispose() => _ws.Dispose();
}
