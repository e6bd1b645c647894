using System.Diagnostics;

namespace BriefGenerator.Tests.Support;

/// <summary>Runs another program to completion and captures what it printed.</summary>
public sealed record ProcessRun(int Exit, string Out, string Err)
{
    /// <summary>How long a program may run unless the caller says otherwise: generous, because the tests share
    /// slow, busy machines, and a test must fail only when a program hangs, never because the machine is loaded.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

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

    /// <summary>Runs <paramref name="file"/> with each argument passed as it is and <paramref name="environment"/> added to
    /// its environment (this process's own stays as it is: tests run side by side).</summary>
    public static ProcessRun Of(string file, IEnumerable<string> args, string cwd, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return Run(psi, null);
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
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"timed out: `{CommandLine(psi)}` (in {psi.WorkingDirectory}) was still running after " +
                        $"{clock.Elapsed.TotalMinutes:0.0} min (limit {limit.TotalMinutes:0.#} min) and was stopped. " +
                        $"Output so far:\n{Tail(stdout)}\n{Tail(stderr)}");
        }
        return new ProcessRun(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string CommandLine(ProcessStartInfo psi) =>
        string.Join(' ', new[] { psi.FileName, psi.Arguments }.Concat(psi.ArgumentList).Where(s => s.Length > 0));

    /// <summary>The last 4,000 characters a stopped program printed, if its stream closed within a few seconds.</summary>
    private static string Tail(Task<string> stream) =>
        stream.Wait(TimeSpan.FromSeconds(5)) ? stream.Result[Math.Max(0, stream.Result.Length - 4000)..] : "(no output)";
}
