using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Notes;

/// <summary>Builds a brief through the command line into a workspace and returns its PDF and DOCX bytes.</summary>
internal static class NotesBuild
{
    public sealed record Output(byte[] Pdf, byte[] Docx, string Stderr);

    /// <summary>The test brief with thirty notes over five pages and a list of sources.</summary>
    public static string ThirtyNotes => File.ReadAllText(RepoPaths.TestData("briefs", "thirty-notes", "brief.md"));

    private static readonly Lazy<Output> FootnotesOutput = new(() => Build(ThirtyNotes));
    private static readonly Lazy<Output> EndnotesOutput = new(() => Build(ThirtyNotes, "notes: endnotes\n"));

    /// <summary>The thirty-note brief with the shipped theme (footnotes).</summary>
    public static Output Footnotes => FootnotesOutput.Value;

    /// <summary>The same brief with <c>notes: endnotes</c> added to the theme.</summary>
    public static Output Endnotes => EndnotesOutput.Value;

    /// <summary>Builds <paramref name="brief"/> with the repository's templates, <paramref name="themeExtra"/> appended
    /// to the policy-brief theme.</summary>
    public static Output Build(string brief, string themeExtra = "")
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        if (themeExtra.Length > 0)
            File.AppendAllText(Path.Combine(ws.Templates, "policy-brief", "theme.yaml"), "\n" + themeExtra);
        ws.AddBrief("case", brief);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out }, stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        return new Output(
            File.ReadAllBytes(Path.Combine(ws.Out, "case", "policy-brief.pdf")),
            File.ReadAllBytes(Path.Combine(ws.Out, "case", "policy-brief.docx")),
            stderr.ToString());
    }
}
