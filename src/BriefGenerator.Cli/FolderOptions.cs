using System.CommandLine;

namespace BriefGenerator.Cli;

/// <summary>The folder options every command shares: where content and templates are, where outputs go.
/// Without <c>--templates</c> and without a <c>templates/</c> folder here, the templates and fonts that ship
/// inside the tool are used, so the installed tool works from any folder that has a <c>content/</c>.</summary>
public sealed class FolderOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Folder holding <slug>/brief.md", DefaultValueFactory = _ => "content" };
    public Option<string> Templates { get; } = new("--templates") { Description = "Folder holding the templates and fonts/ (default: ./templates, else the bundled ones)", DefaultValueFactory = _ => DefaultTemplates() };
    public Option<string> Out { get; } = new("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };

    /// <summary>Adds the options to a command; with <paramref name="output"/> false, only content and templates.</summary>
    public FolderOptions AddTo(Command command, bool output = true)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
        if (output) command.Options.Add(Out);
        return this;
    }

    /// <summary>./templates when it exists, else the templates shipped next to the tool.</summary>
    public static string DefaultTemplates() =>
        Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates");
}
