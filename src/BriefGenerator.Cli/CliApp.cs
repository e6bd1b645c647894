using System.CommandLine;
using BriefGenerator.Rendering;

namespace BriefGenerator.Cli;

/// <summary>The <c>brief</c> command: parses arguments, runs a command, maps the outcome to an exit code.
/// Usage errors exit 2; a bug exits 3 with one line (the stack trace only with --verbose).</summary>
public static class CliApp
{
    /// <summary>Shown with every command: print stack traces for internal errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for internal errors", Recursive = true };

    /// <summary>Runs the CLI as the process itself (Program): a `build` then knows it is the process's only work
    /// (<see cref="ProcessCaches.ForOneShotBuild"/>).</summary>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error, ownsProcess: true));

    /// <summary>Runs the CLI with the given writers, and the renderers that `build` and `watch` run
    /// (<see cref="RendererSet.All"/> unless given; tests pass their own). <paramref name="stop"/> ends a long-running
    /// command (`watch`) as Ctrl+C does, for a host that runs the CLI in its own process. <paramref name="ownsProcess"/>:
    /// the CLI is the whole process (not a host running it among other work), so `build` may shrink the process's caches.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyList<IDocumentRenderer>? renderers = null,
        CancellationToken stop = default, bool ownsProcess = false)
    {
        renderers ??= RendererSet.All;
        var root = new RootCommand("BriefGenerator: Markdown policy briefs to print-quality PDF and Word.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr, renderers, ownsProcess));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(WatchCommand.Create(stdout, stderr, renderers, stop));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(TemplatesCommand.Create(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"brief: error: {error.Message}");
            stderr.WriteLine("Run 'brief --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception caught)
        {
            // Parallel builds wrap the failure; name the exception that actually happened.
            var ex = caught is AggregateException { } aggregate && aggregate.Flatten().InnerExceptions is [var single] ? single : caught;
            stderr.WriteLine($"brief: internal error: {ex.GetType().Name}: {ex.Message}. This is a bug in BriefGenerator" +
                             (parse.GetValue(Verbose) ? "." : "; run with --verbose for the stack trace."));
            if (parse.GetValue(Verbose)) stderr.WriteLine(ex);
            return ExitCodes.Internal;
        }
    }
}
