using System.CommandLine;
using BriefGenerator.Templating;

namespace BriefGenerator.Cli;

/// <summary><c>brief templates</c>: lists the templates with their one-line descriptions.</summary>
public static class TemplatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folders = new FolderOptions();
        var command = new Command("templates", "List the available templates");
        command.Options.Add(folders.Templates);
        command.SetAction(parse =>
        {
            var all = new TemplateCatalog(parse.GetValue(folders.Templates)!).All();
            if (all.Count == 0)
            {
                stderr.WriteLine($"brief: error: no templates under '{parse.GetValue(folders.Templates)}'");
                return ExitCodes.InputErrors;
            }
            var width = all.Max(t => t.Name.Length);
            foreach (var t in all) stdout.WriteLine($"{t.Name.PadRight(width)}  {t.Description}");
            return ExitCodes.Success;
        });
        return command;
    }
}
