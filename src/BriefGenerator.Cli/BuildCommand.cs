using System.CommandLine;
using BriefGenerator.Build;
using BriefGenerator.Redline;
using BriefGenerator.Rendering;

namespace BriefGenerator.Cli;

/// <summary><c>brief build [SLUG...]</c>: builds briefs into PDF and DOCX, skipping briefs whose inputs are unchanged.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IReadOnlyList<IDocumentRenderer> renderers, bool ownsProcess = false)
    {
        var slugs = SlugArgument.Create("Briefs to build (folder names under the content folder); all when none");
        var folders = new FolderOptions();
        var format = new Option<string>("--format") { Description = "pdf, docx or all", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("pdf", "docx", "all");
        var force = new Option<bool>("--force") { Description = "Rebuild every brief, even when its inputs are unchanged" };
        var verify = new Option<bool>("--verify") { Description = "Re-hash every cached output instead of trusting its size and modification time" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Briefs built at once (default: one per core)", HelpName = "N" };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1024) r.AddError("--jobs takes a number from 1 to 1024 (0: one per core)");
        });
        var warnAsError = new Option<bool>("--warn-as-error") { Description = "Fail (exit 1) on any warning" };
        var shard = new Option<string?>("--shard") { Description = "Build only shard I of N (I/N), a stable partition of the briefs by slug" };
        shard.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && Shard.TryParse(text) is null) r.AddError($"--shard takes I/N with 1 <= I <= N, not '{text}'");
        });
        var redline = new Option<string?>("--redline")
        {
            Description = "Also write <template>.redline.docx with the changes since this git revision as Word tracked changes",
            HelpName = "REV",
        };
        var processes = WorkerCommandLine.CreateOption();
        var worker = WorkerCommandLine.CreateWorkerOption();
        var report = new Option<string?>("--report") { Description = "Where to write the JSON build report (default <out>/build-report.json)" };

        var command = new Command("build", "Build briefs into <out>/<slug>/<template>.pdf and .docx");
        command.Arguments.Add(slugs);
        folders.AddTo(command);
        foreach (var o in new Option[] { format, force, verify, jobs, processes, warnAsError, shard, report, redline, worker }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            if (!SourceDateEpoch.TryRead(stderr, out var epoch)) return ExitCodes.Usage;
            var fmt = parse.GetValue(format)!;
            var content = parse.GetValue(folders.Content)!;
            // A revision that cannot be read is a mistake on the command line, as for brief diff: exit 2, nothing built.
            if (parse.GetValue(redline) is { } rev && RedlineSource.Check(rev, Directory.Exists(content) ? content : Environment.CurrentDirectory) is { } why)
            {
                stderr.WriteLine($"brief: error: --redline: {why}");
                return ExitCodes.Usage;
            }
            var options = new BuildOptions
            {
                Slugs = parse.GetValue(slugs) ?? Array.Empty<string>(),
                ContentFolder = parse.GetValue(folders.Content)!,
                TemplatesFolder = parse.GetValue(folders.Templates)!,
                OutputFolder = parse.GetValue(folders.Out)!,
                Formats = fmt == "all" ? new[] { "pdf", "docx" } : new[] { fmt },
                Force = parse.GetValue(force),
                Verify = parse.GetValue(verify),
                Parallelism = parse.GetValue(jobs),
                WarnAsError = parse.GetValue(warnAsError),
                Shard = parse.GetValue(shard) is { } s ? Shard.TryParse(s) : null,
                ReportPath = parse.GetValue(report),
                ToolVersion = ToolInfo.Version,
                SourceDateEpoch = epoch,
                RedlineRevision = parse.GetValue(redline),
            };
            // A process that builds once keeps no paragraph lines between briefs (ProcessCaches says why).
            if (ownsProcess) ProcessCaches.ForOneShotBuild();
            if (parse.GetValue(worker))
            {
                // Standard output carries the replies alone: nothing else may write into it.
                var replies = Console.OpenStandardOutput();
                Console.SetOut(TextWriter.Null);
                BriefWorker.Serve(renderers, options, new StreamReader(Console.OpenStandardInput()), replies);
                return ExitCodes.Success;
            }
            options = options with { Workers = WorkerCommandLine.For(options, parse.GetValue(processes)!, fmt) };
            var result = BuildProgress.Run(() => new BriefBuilder(renderers).Build(options), stderr);
            BuildSummary.Print(result, stdout, stderr);
            if (parse.GetValue(CliApp.Verbose)) foreach (var bug in result.Exceptions) stderr.WriteLine(bug);
            else if (result.HasInternalErrors) stderr.WriteLine("brief: BG089 is a bug in BriefGenerator; run with --verbose for the stack trace.");
            return ExitCodes.For(result, options.WarnAsError);
        });
        return command;
    }
}
