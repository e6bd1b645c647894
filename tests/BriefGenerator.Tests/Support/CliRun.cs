using BriefGenerator.Cli;

namespace BriefGenerator.Tests.Support;

/// <summary>Runs the `brief` CLI in-process and captures what it printed.</summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return new CliRun(code, o.ToString(), e.ToString());
    }

    /// <summary>Runs `brief build` against a workspace's content and out folders with the repository's templates.</summary>
    public static CliRun Build(Workspace ws, params string[] extra) =>
        Of(new[] { "build", "--content", ws.Content, "--templates", RepoPaths.Templates, "--out", ws.Out }.Concat(extra).ToArray());
}
