using System.Diagnostics;

namespace BriefGenerator.Tests.Support;

/// <summary>Runs another program to completion and captures what it printed.</summary>
public sealed record ProcessRun(int Exit, string Out, string Err)
{
    /// <summary>Runs <paramref name="file"/> with a command line as one string (quote paths yourself).</summary>
    public static ProcessRun Of(string file, string args, string cwd, TimeSpan? timeout = null) =>
        Run(new ProcessStartInfo(file, args) { WorkingDirectory = cwd }, timeout);

    /// <summary>Runs <paramref name="file"/> with each argument passed as it is (no quoting needed).</summary>
    public static ProcessRun Of(string file, IEnumerable<string> args, string cwd, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        return Run(psi, timeout);
    }

    /// <summary>Runs the program and fails the test, with its output, unless it exits 0; returns its stdout.</summary>
    public static string Succeeding(string file, string args, string cwd, TimeSpan? timeout = null) =>
        Checked(Of(file, args, cwd, timeout), file, args);

    /// <inheritdoc cref="Succeeding(string, string, string, TimeSpan?)"/>
    public static string Succeeding(string file, IEnumerable<string> args, string cwd, TimeSpan? timeout = null)
    {
        var list = args.ToList();
        return Checked(Of(file, list, cwd, timeout), file, string.Join(' ', list));
    }

    private static string Checked(ProcessRun run, string file, string args)
    {
        Assert.True(run.Exit == 0, $"{file} {args} exited {run.Exit}:\n{run.Out}\n{run.Err}");
        return run.Out;
    }

    private static ProcessRun Run(ProcessStartInfo psi, TimeSpan? timeout)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(4)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{psi.FileName} {psi.Arguments}{string.Join(' ', psi.ArgumentList)} timed out");
        }
        return new ProcessRun(p.ExitCode, stdout.Result, stderr.Result);
    }
}
