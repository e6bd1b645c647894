using System.CommandLine;
using System.Globalization;
using BriefGenerator.Build;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Cli;

/// <summary><c>brief new SLUG --title T</c>: scaffolds <c>content/SLUG/brief.md</c>, a brief that builds as it is.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var slug = new Argument<string>("slug") { Description = "Folder name of the new brief: lower-case letters, digits and '-'" };
        var title = new Option<string>("--title") { Description = "The brief's title", Required = true };
        var date = new Option<string?>("--date") { Description = "Publication date, YYYY-MM-DD (default: today)" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing brief" };
        var folders = new FolderOptions();
        var command = new Command("new", "Create a new brief from a starter that builds");
        command.Arguments.Add(slug);
        command.Options.Add(title);
        command.Options.Add(date);
        command.Options.Add(force);
        command.Options.Add(folders.Content);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(slug)!;
            if (!Identifiers.IsValidSlug(name))
            {
                stderr.WriteLine($"brief: error BG008: '{name}' is not a valid slug: use lower-case letters, digits and '-'");
                return ExitCodes.InputErrors;
            }
            var day = parse.GetValue(date) ?? DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                stderr.WriteLine($"brief: error BG005: --date must be YYYY-MM-DD, not '{day}'");
                return ExitCodes.Usage;
            }
            var heading = parse.GetValue(title)!;
            if (string.IsNullOrWhiteSpace(heading) || heading.Any(char.IsControl))
            {
                stderr.WriteLine("brief: error: --title must be one line of text, without line breaks or control characters");
                return ExitCodes.Usage;
            }
            var path = Path.Combine(parse.GetValue(folders.Content)!, name, ContentLoader.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                stderr.WriteLine($"{path}(1,1): error {DiagnosticCodes.BriefExists}: the brief already exists; use --force to overwrite it");
                return ExitCodes.InputErrors;
            }
            // Never write a brief that would not load: check the text with the content loader first.
            var text = BriefStarter.Text(heading, day);
            var check = new DiagnosticBag();
            ContentLoader.LoadText(text, name, path, check);
            if (check.HasErrors)
            {
                foreach (var d in check) stderr.WriteLine(d.ToString());
                stderr.WriteLine($"{path}(1,1): error {DiagnosticCodes.ImportFailed}: the new brief would not load (see above); nothing was written");
                return ExitCodes.InputErrors;
            }
            AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(text));
            stdout.WriteLine($"created {path}");
            stdout.WriteLine($"build it with: {BuildCommandFor(name, parse.GetValue(folders.Content)!)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The command that builds the new brief: "brief build SLUG", with --content when it is not the default.</summary>
    public static string BuildCommandFor(string slug, string content) =>
        $"brief build {slug}" + (content == "content" ? "" : $" --content {Quoted(content)}");

    private static string Quoted(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+=:@".Contains(c)) ? arg : $"'{arg.Replace("'", "'\\''")}'";
}
