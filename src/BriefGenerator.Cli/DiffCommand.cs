using System.CommandLine;
using System.CommandLine.Parsing;
using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Diff;

namespace BriefGenerator.Cli;

/// <summary><c>brief diff OLD NEW</c> and <c>brief diff REV1 [REV2] -- PATH</c>: what changed between two versions of a
/// brief, compared as documents. Exit 0 when they read the same, 1 when they differ, 2 when a side cannot be read.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var sides = new Argument<string[]>("old-new")
        {
            Description = "Two brief files or folders; or one or two git revisions followed by -- and the brief's path (one revision: against the working copy)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text, json or md", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "md");
        var command = new Command("diff", "Show what changed between two versions of a brief: front matter, sections, paragraphs (word by word), tables, notes, links");
        command.Arguments.Add(sides);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var values = parse.GetValue(sides) ?? Array.Empty<string>();
            var dash = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
            var afterDash = dash < 0 ? 0 : parse.Tokens.Count - dash - 1;
            var (oldSide, newSide) = Sides(values, afterDash);
            if (oldSide is null || newSide is null)
            {
                stderr.WriteLine("brief: error: usage: brief diff OLD NEW (brief files or folders), or brief diff REV1 [REV2] -- content/<slug>");
                return ExitCodes.Usage;
            }
            // The two sides load side by side (a 20,000-row table takes most of a second to parse).
            var (oldBag, newBag) = (new DiagnosticBag(), new DiagnosticBag());
            var oldTask = Task.Run(() => DiffSideReader.Read(oldSide, oldBag));
            var (newSnapshot, newName) = DiffSideReader.Read(newSide, newBag);
            var (oldSnapshot, oldName) = oldTask.GetAwaiter().GetResult();
            foreach (var d in oldBag.Concat(newBag).Distinct()) stderr.WriteLine(d.ToString());
            if (oldSnapshot is null || newSnapshot is null)
            {
                stderr.WriteLine($"brief: error: cannot compare: {(oldSnapshot is null ? oldName : newName)} cannot be read");
                return ExitCodes.Usage;
            }
            var report = DocumentDiffer.Compare(oldSnapshot, newSnapshot, oldName, newName);
            stdout.Write(parse.GetValue(format) switch
            {
                "json" => JsonText.Text(DiffJsonFormatter.ToJson(report)) + "\n",
                "md" => DiffMarkdownFormatter.Format(report),
                _ => DiffTextFormatter.Format(report, colour: Terminal.IsInteractive(stdout)),
            });
            return report.IsEqual ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }

    /// <summary>The two sides from the arguments; (null, null) when they do not make two sides.</summary>
    private static (DiffSide? Old, DiffSide? New) Sides(string[] values, int afterDash)
    {
        if (afterDash == 0) return values.Length == 2 ? (new DiffSide(values[0], null), new DiffSide(values[1], null)) : (null, null);
        if (afterDash != 1 || values.Length - afterDash is < 1 or > 2) return (null, null);
        var path = values[^1];
        var oldSide = new DiffSide(values[0], path);
        return values.Length == 3 ? (oldSide, new DiffSide(values[1], path)) : (oldSide, new DiffSide(path, null));
    }
}
