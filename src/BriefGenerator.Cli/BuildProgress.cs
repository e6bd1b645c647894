using Spectre.Console;

namespace BriefGenerator.Cli;

/// <summary>Shows a spinner while a build runs in an interactive terminal; runs silently otherwise.</summary>
public static class BuildProgress
{
    public static T Run<T>(Func<T> work, TextWriter stdout)
    {
        if (!Terminal.IsInteractive(stdout)) return work();
        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("Building briefs…", _ => work());
    }
}
