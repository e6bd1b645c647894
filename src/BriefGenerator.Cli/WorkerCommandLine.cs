using System.CommandLine;
using System.Reflection;
using System.Runtime.CompilerServices;
using BriefGenerator.Build;

namespace BriefGenerator.Cli;

/// <summary><c>brief build --processes auto|N</c>: how this process starts its worker processes (README, "Round two:
/// worker processes"). A worker is this same program (the native binary or apphost itself; <c>dotnet brief.dll</c> under
/// the dotnet host) running <c>brief build --worker</c> with the build's folders, formats and flags, which reads slugs on
/// its standard input and answers on its standard output (<see cref="BriefWorker"/>).</summary>
public static class WorkerCommandLine
{
    /// <summary>The option: auto (the default), or a number of worker processes (0: build in this process).</summary>
    public static Option<string> CreateOption()
    {
        var processes = new Option<string>("--processes")
        {
            Description = "Worker processes for a build of many briefs: auto (one per job after the first, which this process takes; from 48 briefs to build, native binary only), N, or 0 (none)",
            HelpName = "auto|N",
            DefaultValueFactory = _ => "auto",
        };
        processes.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (text != "auto" && !(int.TryParse(text, out var n) && n is >= 0 and <= 1024))
                r.AddError($"--processes takes auto or a number from 0 to 1024, not '{text}'");
        });
        return processes;
    }

    /// <summary>The hidden option that makes a process a worker.</summary>
    public static Option<bool> CreateWorkerOption() => new("--worker") { Hidden = true, Description = "Serve a parent build (internal)" };

    /// <summary>How to start workers for <paramref name="options"/>; null to build in this process (<c>--processes 0</c>,
    /// one job, auto under the JIT, or a host that is not <c>brief</c>, such as a test runner).</summary>
    public static WorkerLaunch? For(BuildOptions options, string processes, string format)
    {
        var jobs = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        var auto = processes == "auto";
        // auto: this process is one of the jobs (it builds from the same queue), so one worker fewer than jobs.
        var count = auto ? jobs - 1 : int.Parse(processes);
        // Under the JIT every worker would compile the whole pipeline again (about a second of CPU): auto means the
        // native binary; --processes N still starts workers (the tests do, through dotnet brief.dll).
        if (count == 0 || (auto && RuntimeFeature.IsDynamicCodeCompiled)) return null;
        if (Program() is not { } program) return null;
        var arguments = program.Prefix.Concat(new[]
        {
            "build", "--worker", "--content", options.ContentFolder, "--templates", options.TemplatesFolder, "--out", options.OutputFolder,
            "--format", format, "--jobs", "1", "--processes", "0",
        }).ToList();
        if (options.Force) arguments.Add("--force");
        if (options.Verify) arguments.Add("--verify");
        if (options.WarnAsError) arguments.Add("--warn-as-error");
        return new WorkerLaunch(program.File, arguments, count, auto ? WorkerLaunch.AutoMinimumBriefs : 1, ParentBuilds: auto);
    }

    // This program: the native binary or apphost as it is, or the dotnet host with brief.dll.
    private static (string File, string[] Prefix)? Program()
    {
        var path = Environment.ProcessPath;
        var entry = Assembly.GetEntryAssembly();
        if (path is null || entry?.GetName().Name != "brief") return null;
        if (Path.GetFileNameWithoutExtension(path) != "dotnet") return (path, Array.Empty<string>());
        // brief.dll beside the host's other files (AppContext.BaseDirectory: Assembly.Location is empty in a single file).
        var dll = Path.Combine(AppContext.BaseDirectory, "brief.dll");
        return File.Exists(dll) ? (path, new[] { dll }) : null;
    }
}
