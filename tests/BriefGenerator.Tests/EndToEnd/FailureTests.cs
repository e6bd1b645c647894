using BriefGenerator.Cli;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Bad input: a located error, exit 1, no stack trace, and the last good outputs untouched.</summary>
public class FailureTests
{
    private const string Good = "---\ntitle: Good Brief\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void A_broken_rebuild_leaves_the_last_good_outputs_byte_for_byte()
    {
        using var ws = new Workspace();
        var brief = ws.AddBrief("good", Good);
        var args = new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out };
        Assert.Equal(0, Run(args).Exit);
        var pdfPath = Path.Combine(ws.Out, "good", "policy-brief.pdf");
        var docxPath = Path.Combine(ws.Out, "good", "policy-brief.docx");
        var pdf = File.ReadAllBytes(pdfPath);
        var docx = File.ReadAllBytes(docxPath);

        File.WriteAllText(brief, Good.Replace("date: 2026-01-15", "date: 2026-13-45"));
        var (exit, _, err) = Run(args);
        Assert.Equal(1, exit);
        Assert.Contains("brief.md(3,7): error BG005:", err);
        Assert.DoesNotContain("   at ", err);
        Assert.Equal(pdf, File.ReadAllBytes(pdfPath));
        Assert.Equal(docx, File.ReadAllBytes(docxPath));
        Assert.Equal(new[] { "policy-brief.docx", "policy-brief.pdf" }, Directory.GetFiles(Path.Combine(ws.Out, "good")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_brief_with_errors_writes_no_file_at_all()
    {
        using var ws = new Workspace();
        ws.AddBrief("bad", "---\ntitle: [unclosed\n---\n");
        var (exit, _, err) = Run("build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out);
        Assert.Equal(1, exit);
        Assert.Matches(@"brief\.md\(\d+,\d+\): error BG003: ", err);
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "bad")));
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("build", "--format", "rtf").Exit);
        Assert.Equal(2, Run("build", "--no-such-option").Exit);
    }

    [Fact]
    public void Unknown_or_invalid_slugs_are_errors()
    {
        using var ws = new Workspace();
        ws.AddBrief("good", Good);
        var (exit, _, err) = Run("build", "../x", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out);
        Assert.Equal(1, exit);
        Assert.Contains("error BG008", err);
        Assert.False(Directory.Exists(ws.Out));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_an_error_not_a_crash()
    {
        using var ws = new Workspace();
        ws.AddBrief("good", Good);
        File.WriteAllText(ws.Out, "a file where the output folder should be");
        var (exit, _, err) = Run("build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out);
        Assert.Equal(1, exit);
        Assert.Contains("error BG042: cannot write", err);
        Assert.DoesNotContain("internal error", err);
    }

    [Fact]
    public void A_theme_naming_a_font_that_is_not_bundled_is_a_located_error()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates(fonts: true);
        File.WriteAllText(Path.Combine(ws.Templates, "policy-brief", "theme.yaml"), "fonts:\n  body: Comic Sans\n");
        ws.AddBrief("good", Good);
        var (exit, _, err) = Run("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out);
        Assert.Equal(1, exit);
        Assert.Contains("theme.yaml(1,1): error BG035: the theme asks for font family 'Comic Sans'", err);
    }
}
