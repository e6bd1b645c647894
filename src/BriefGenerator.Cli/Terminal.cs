namespace BriefGenerator.Cli;

/// <summary>Whether to show a spinner and colours (an interactive terminal) or print plain lines (CI, pipes, tests).</summary>
public static class Terminal
{
    /// <summary>True when stdout is the real console, not redirected, and NO_COLOR/CI are unset.</summary>
    public static bool IsInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("NO_COLOR") is null;
}
