using System.CommandLine;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Cli;

/// <summary><c>brief build [SLUG...]</c>: builds briefs into PDF and DOCX.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var slugs = new Argument<string[]>("slug") { Description = "Briefs to build (folder names under the content folder); all when none", Arity = ArgumentArity.ZeroOrMore };
        slugs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}'");
        });
        var content = new Option<string>("--content") { Description = "Folder holding <slug>/brief.md", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Folder holding the templates and fonts/", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "pdf, docx or all", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("pdf", "docx", "all");

        var command = new Command("build", "Build briefs into <out>/<slug>/<template>.pdf and .docx");
        command.Arguments.Add(slugs);
        command.Options.Add(content);
        command.Options.Add(templates);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format)!;
            var options = new BuildOptions
            {
                Slugs = parse.GetValue(slugs) ?? Array.Empty<string>(),
                ContentFolder = parse.GetValue(content)!,
                TemplatesFolder = parse.GetValue(templates)!,
                OutputFolder = parse.GetValue(output)!,
                Formats = fmt == "all" ? new[] { "pdf", "docx" } : new[] { fmt },
                ToolVersion = ToolInfo.Version,
                SourceDateEpoch = DocumentInfoFactory.EpochFromEnvironment(),
            };
            var result = new BriefBuilder(RendererSet.All).Build(options);
            BuildSummary.Print(result, stdout, stderr);
            return result.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
