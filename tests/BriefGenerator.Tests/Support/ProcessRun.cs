using System.Diagnostics;

namespace BriefGenerator.Tests.Support;

/// <summary>Runs another program to completion and captures what it printed.</summary>
public sealed record ProcessRun(int Exit, string Out, string Err)
{
    public static ProcessRun Of(string file, string args, string cwd, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file, args) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(4)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {args} timed out");
        }
        return new ProcessRun(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the program and fails the test, with its output, unless it exits 0; returns its stdout.</summary>
    public static string Succeeding(string file, string args, string cwd, TimeSpan? timeout = null)
    {
        var run = Of(file, args, cwd, timeout);
        Assert.True(run.Exit == 0, $"{file} {args} exited {run.Exit}:\n{run.Out}\n{run.Err}");
        return run.Out;
    }
}
