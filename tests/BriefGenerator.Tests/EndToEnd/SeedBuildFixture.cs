using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Builds the repository's content with the repository's templates once, through the CLI, into a temp folder.</summary>
public sealed class SeedBuildFixture : IDisposable
{
    public SeedBuildFixture()
    {
        Out = Path.Combine(Path.GetTempPath(), "brief-tests", "seed-" + Guid.NewGuid().ToString("N"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ExitCode = CliApp.Run(new[] { "build", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates, "--out", Out }, stdout, stderr);
        StdOut = stdout.ToString();
        StdErr = stderr.ToString();
        var folder = Path.Combine(Out, "us-uzbekistan-security");
        Pdf = File.Exists(Path.Combine(folder, "policy-brief.pdf")) ? File.ReadAllBytes(Path.Combine(folder, "policy-brief.pdf")) : Array.Empty<byte>();
        Docx = File.Exists(Path.Combine(folder, "policy-brief.docx")) ? File.ReadAllBytes(Path.Combine(folder, "policy-brief.docx")) : Array.Empty<byte>();
    }

    public string Out { get; }
    public int ExitCode { get; }
    public string StdOut { get; }
    public string StdErr { get; }
    public byte[] Pdf { get; }
    public byte[] Docx { get; }

    public void Dispose()
    {
        try { Directory.Delete(Out, recursive: true); } catch (IOException) { }
    }
}
