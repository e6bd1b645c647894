using System.CommandLine;
using System.Globalization;
using BriefGenerator.Import;

namespace BriefGenerator.Cli;

/// <summary><c>brief import FILE --slug SLUG</c>: turns a raw article into <c>content/&lt;slug&gt;/brief.md</c>.</summary>
public static class ImportCommand
{
    /// <summary>The command; it prints the written path and a summary to stdout, diagnostics to stderr.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The raw article (UTF-8 text)" };
        file.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError($"unknown option '{token.Value}'");
        });
        var slug = new Option<string>("--slug") { Description = "Folder name of the new brief: [a-z0-9][a-z0-9-]*", Required = true };
        var date = new Option<string?>("--date") { Description = "Front matter date, YYYY-MM-DD (default: today's date)" };
        date.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !TryDate(value, out _)) result.AddError($"--date must be a date written YYYY-MM-DD, not '{value}'");
        });
        var title = new Option<string?>("--title") { Description = "Title (default: the first line if it looks like a title, else the first heading or sentence)" };
        title.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } t && string.IsNullOrWhiteSpace(t)) result.AddError("--title must not be empty");
        });
        var force = new Option<bool>("--force") { Description = "Overwrite an existing brief.md" };
        var content = new Option<string>("--content") { Description = "Folder holding <slug>/brief.md", DefaultValueFactory = _ => "content" };

        var command = new Command("import", "Import a raw article (plain text) as <content>/<slug>/brief.md");
        command.Arguments.Add(file);
        command.Options.Add(slug);
        command.Options.Add(date);
        command.Options.Add(title);
        command.Options.Add(force);
        command.Options.Add(content);
        command.SetAction(parse =>
        {
            var day = parse.GetValue(date) is { } d && TryDate(d, out var given) ? given : DateOnly.FromDateTime(DateTime.Now);
            var request = new ImportRequest(parse.GetValue(file)!, parse.GetValue(content)!, parse.GetValue(slug)!,
                new ImportOptions(day, parse.GetValue(title)), parse.GetValue(force));
            var diagnostics = new Diagnostics.DiagnosticBag();
            var result = ImportRunner.Run(request, diagnostics);
            foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.ToString());
            if (result is null) return ExitCodes.InputErrors;
            var b = result.Brief;
            stdout.WriteLine($"{(result.Overwrote ? "replaced" : "wrote")} {result.DisplayPath}: \"{b.Title}\", {b.Sections} section(s), " +
                             $"{b.Lists} list(s), {b.Tables} table(s), language {b.Language}" +
                             (b.WrapWidth is { } w ? $", hard-wrapped lines joined (wrap width {w})" : ""));
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
