using BriefGenerator.Cli;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Import;

/// <summary><c>brief import</c> on the command line: writes only under the content folder, never overwrites without
/// --force, reports located errors with exit 1 and usage errors with exit 2.</summary>
public class ImportCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Seed => RepoPaths.TestData("import", "us-uzbekistan-security.txt");

    private static string[] Import(Workspace ws, string slug, params string[] more) =>
        new[] { "import", Seed, "--slug", slug, "--date", "2026-11-27", "--content", ws.Content }.Concat(more).ToArray();

    [Fact]
    public void Imports_the_seed_into_a_brief_that_loads_cleanly()
    {
        using var ws = new Workspace();
        var (exit, stdout, stderr) = Run(Import(ws, "us-uz"));
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("7 section(s), 7 list(s), 6 table(s), language en-US", stdout);
        var path = Path.Combine(ws.Content, "us-uz", "brief.md");
        var bag = new DiagnosticBag();
        var brief = ContentLoader.Load(path, "brief.md", bag);
        Assert.Empty(bag);
        Assert.Equal(7, brief!.Sections.Count);
        Assert.Equal(new[] { "brief.md" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Refuses_to_overwrite_without_force_and_overwrites_with_it()
    {
        using var ws = new Workspace();
        var path = ws.AddBrief("existing", "hand-edited, keep me\n");
        var (exit, _, err) = Run(Import(ws, "existing"));
        Assert.Equal(1, exit);
        Assert.Matches(@"existing[/\\]brief\.md\(1,1\): error BG051: .*already exists; pass --force", err);
        Assert.Equal("hand-edited, keep me\n", File.ReadAllText(path));

        var (forced, stdout, _) = Run(Import(ws, "existing", "--force"));
        Assert.Equal(0, forced);
        Assert.StartsWith("replaced ", stdout);
        Assert.StartsWith("---\ntitle: ", File.ReadAllText(path));
        Assert.Equal(new[] { "brief.md" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("Upper")]
    [InlineData("-x")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Refuses_invalid_slugs_and_writes_nothing(string slug)
    {
        using var ws = new Workspace();
        var (exit, _, err) = Run(Import(ws, slug));
        Assert.True(exit is 1 or 2, $"exit {exit}");
        if (exit == 1) Assert.Contains("error BG008", err);
        Assert.Empty(Directory.GetFileSystemEntries(ws.Content));
        Assert.False(Directory.Exists(Path.Combine(ws.Root, "x")));
    }

    [Fact]
    public void Dot_dot_slug_is_an_input_error_naming_the_slug()
    {
        using var ws = new Workspace();
        var (exit, _, err) = Run(Import(ws, "../x"));
        Assert.Equal(1, exit);
        Assert.Contains("error BG008: '../x' is not a valid slug", err);
    }

    [Theory]
    [InlineData("--date", "2026-13-01")]
    [InlineData("--date", "27.11.2026")]
    [InlineData("--title", " ")]
    [InlineData("--no-such-option", "x")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        using var ws = new Workspace();
        var args = new[] { "import", Seed, "--slug", "ok", "--content", ws.Content, option, value };
        Assert.Equal(2, Run(args).Exit);
        Assert.Empty(Directory.GetFileSystemEntries(ws.Content));
    }

    [Fact]
    public void Missing_slug_is_a_usage_error()
    {
        Assert.Equal(2, Run("import", Seed).Exit);
    }

    [Fact]
    public void A_missing_input_or_content_folder_is_a_located_error()
    {
        using var ws = new Workspace();
        var (exit, _, err) = Run("import", Path.Combine(ws.Root, "nope.txt"), "--slug", "ok", "--content", ws.Content, "--date", "2026-01-01");
        Assert.Equal(1, exit);
        Assert.Matches(@"nope\.txt\(1,1\): error BG001: file not found", err);
        Assert.False(Directory.Exists(Path.Combine(ws.Content, "ok")));

        (exit, _, err) = Run("import", Seed, "--slug", "ok", "--content", Path.Combine(ws.Root, "missing"), "--date", "2026-01-01");
        Assert.Equal(1, exit);
        Assert.Contains("error BG050: content folder", err);
    }

    [Fact]
    public void Date_defaults_to_today()
    {
        using var ws = new Workspace();
        var before = DateOnly.FromDateTime(DateTime.Now);
        Assert.Equal(0, Run("import", Seed, "--slug", "today", "--content", ws.Content).Exit);
        var after = DateOnly.FromDateTime(DateTime.Now);
        var bag = new DiagnosticBag();
        var date = ContentLoader.Load(Path.Combine(ws.Content, "today", "brief.md"), "brief.md", bag)!.Metadata.Date;
        Assert.True(date == before || date == after);
    }

    [Fact]
    public void Refuses_a_slug_folder_that_is_a_link_out_of_the_content_folder()
    {
        using var ws = new Workspace();
        var outside = Path.Combine(ws.Root, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(ws.Content, "linked"), outside);
        var (exit, _, err) = Run(Import(ws, "linked"));
        Assert.Equal(1, exit);
        Assert.Contains("error BG050: refusing to write outside the content folder", err);
        Assert.Empty(Directory.GetFileSystemEntries(outside));
    }

    [Fact]
    public void Says_when_it_joined_hard_wrapped_lines()
    {
        using var ws = new Workspace();
        var raw = Path.Combine(ws.Root, "wrapped.txt");
        File.WriteAllText(raw, TextWrapper.Wrap(File.ReadAllText(Seed), 72));
        var (exit, stdout, _) = Run("import", raw, "--slug", "wrapped", "--content", ws.Content, "--date", "2026-11-27");
        Assert.Equal(0, exit);
        Assert.Contains("7 section(s), 7 list(s), 6 table(s), language en-US, hard-wrapped lines joined (wrap width 71)", stdout);
        var (_, plain, _) = Run(Import(ws, "plain"));
        Assert.DoesNotContain("hard-wrapped", plain);
    }

    [Fact]
    public void Crlf_input_and_loader_warnings_are_handled()
    {
        using var ws = new Workspace();
        var raw = Path.Combine(ws.Root, "raw.txt");
        File.WriteAllText(raw, "A Short Title\r\n\r\nSee [the annex](#annex) for details.\r\nKey Facts\r\n- Rivers: two\r\n");
        var (exit, stdout, err) = Run("import", raw, "--slug", "crlf", "--content", ws.Content, "--date", "2026-01-01");
        Assert.Equal(0, exit);
        Assert.Contains("brief.md(", err);
        Assert.Contains("warning BG022: link to '#annex'", err);
        var text = File.ReadAllText(Path.Combine(ws.Content, "crlf", "brief.md"));
        Assert.DoesNotContain("\r", text);
        Assert.Contains("title: A Short Title\n", text);
        Assert.Contains("## Key Facts\n\n- **Rivers:** two\n", text);
        Assert.Contains("1 section(s), 1 list(s), 0 table(s)", stdout);
    }
}
