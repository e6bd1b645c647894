using System.CommandLine;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Cli;

/// <summary><c>brief watch</c>: builds, then rebuilds what changed until Ctrl+C. One line per rebuilt brief; errors
/// are shown and watching goes on.</summary>
public static class WatchCommand
{
    /// <summary>The command; watching stops on Ctrl+C or when <paramref name="stop"/> is cancelled.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<IDocumentRenderer> renderers,
        CancellationToken stop = default)
    {
        var folders = new FolderOptions();
        var command = new Command("watch", "Build, then rebuild briefs as their content, templates or themes change");
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            if (!SourceDateEpoch.TryRead(stderr, out var epoch)) return ExitCodes.Usage;
            var options = new BuildOptions
            {
                ContentFolder = parse.GetValue(folders.Content)!,
                TemplatesFolder = parse.GetValue(folders.Templates)!,
                OutputFolder = parse.GetValue(folders.Out)!,
                ToolVersion = ToolInfo.Version,
                SourceDateEpoch = epoch,
            };
            // A long-running process: font files are read, not mapped, so one overwritten in place cannot fault it.
            BriefGenerator.Theming.FontFace.MapFiles = false;
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(stop);
            ConsoleCancelEventHandler onCtrlC = (_, e) => { e.Cancel = true; cts.Cancel(); };
            Console.CancelKeyPress += onCtrlC;
            try
            {
                new BriefWatcher(new BriefBuilder(renderers)).Run(options,
                    result =>
                    {
                        foreach (var d in result.AllDiagnostics) stderr.WriteLine(d.ToString());
                        foreach (var b in result.Briefs.Where(b => b.Status != BriefStatus.Skipped)) stdout.WriteLine(BuildSummary.Line(b));
                        stdout.Flush();
                    },
                    () =>
                    {
                        stdout.WriteLine($"Watching {options.ContentFolder} and {options.TemplatesFolder} for changes (Ctrl+C to stop)");
                        stdout.Flush();
                    },
                    cts.Token,
                    ex =>
                    {
                        stderr.WriteLine($"brief: error: internal error while building ({ex.GetType().Name}: {ex.Message}); still watching");
                        if (parse.GetValue(CliApp.Verbose)) stderr.WriteLine(ex);
                        stderr.Flush();
                    });
            }
            finally
            {
                Console.CancelKeyPress -= onCtrlC;
                BriefGenerator.Theming.FontFace.MapFiles = true;
            }
            stdout.WriteLine("Stopped watching.");
            return ExitCodes.Success;
        });
        return command;
    }
}
