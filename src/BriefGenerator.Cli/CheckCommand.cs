using System.CommandLine;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Cli;

/// <summary><c>brief check [SLUG...]</c>: loads content and templates, renders the templates and parses the result,
/// prints every diagnostic and writes nothing. Exit 1 on any error.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var slugs = SlugArgument.Create("Briefs to check; all when none");
        var folders = new FolderOptions();
        var format = new Option<string>("--diagnostics") { Description = "text (path(line,col): …) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var warnAsError = new Option<bool>("--warn-as-error") { Description = "Fail (exit 1) on any warning" };
        var command = new Command("check", "Check briefs and templates without writing anything");
        command.Arguments.Add(slugs);
        folders.AddTo(command, output: false);
        command.Options.Add(format);
        command.Options.Add(warnAsError);
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                Slugs = parse.GetValue(slugs) ?? Array.Empty<string>(),
                ContentFolder = parse.GetValue(folders.Content)!,
                TemplatesFolder = parse.GetValue(folders.Templates)!,
                DryRun = true,
                ToolVersion = ToolInfo.Version,
            };
            var result = new BriefBuilder(Array.Empty<IDocumentRenderer>()).Build(options);
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(JsonText.Text(BuildReport.Diagnostics(result.AllDiagnostics)));
            else
            {
                foreach (var d in result.AllDiagnostics) stderr.WriteLine(d.ToString());
                var checkedBriefs = result.Briefs.Select(b => b.Slug).Distinct().Count();
                stdout.WriteLine($"checked {checkedBriefs} brief(s): {result.AllDiagnostics.Count(d => d.Severity == Diagnostics.Severity.Error)} error(s), " +
                                 $"{result.AllDiagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning)} warning(s)");
            }
            return ExitCodes.For(result, parse.GetValue(warnAsError));
        });
        return command;
    }
}
