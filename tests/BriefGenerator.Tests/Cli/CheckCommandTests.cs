using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Cli;

public class CheckCommandTests
{
    private const string Good = "---\ntitle: Good\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    private static CliRun Check(Workspace ws, params string[] extra) =>
        CliRun.Of(new[] { "check", "--content", ws.Content, "--templates", RepoPaths.Templates }.Concat(extra).ToArray());

    [Fact]
    public void Good_content_exits_0_and_writes_nothing()
    {
        using var ws = new Workspace();
        ws.AddBrief("good", Good);
        var run = Check(ws);
        Assert.Equal(0, run.Exit);
        Assert.Contains("checked 1 brief(s): 0 error(s), 0 warning(s)", run.Out);
        Assert.False(Directory.Exists(ws.Out));
    }

    [Fact]
    public void Broken_yaml_exits_1_with_a_located_error()
    {
        using var ws = new Workspace();
        ws.AddBrief("bad", "---\ntitle: Bad\ndate: 2026-01-15\nkeywords: [a, b\n---\n\n## One\n");
        var run = Check(ws);
        Assert.Equal(1, run.Exit);
        Assert.Matches(@"content/bad/brief\.md\(\d+,\d+\): error BG003: ", run.Err.Replace(ws.Root + "/", ""));
    }

    [Fact]
    public void Json_diagnostics_carry_code_file_line_and_column()
    {
        using var ws = new Workspace();
        ws.AddBrief("warn", Good.Replace("date:", "colour: red\ndate:"));
        var run = Check(ws, "--diagnostics", "json");
        Assert.Equal(0, run.Exit);
        var json = System.Text.Json.JsonDocument.Parse(run.Out).RootElement;
        var d = Assert.Single(json.EnumerateArray());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("BG006", d.GetProperty("code").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());
        Assert.Equal(1, d.GetProperty("column").GetInt32());
        Assert.EndsWith("brief.md", d.GetProperty("file").GetString());
    }

    [Fact]
    public void Warn_as_error_turns_a_warning_into_exit_1()
    {
        using var ws = new Workspace();
        ws.AddBrief("warn", Good.Replace("date:", "colour: red\ndate:"));
        Assert.Equal(0, Check(ws).Exit);
        Assert.Equal(1, Check(ws, "--warn-as-error").Exit);
    }
}
