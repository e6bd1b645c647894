using System.Text;

namespace BriefGenerator.Diff;

/// <summary>The result of one git command; <see cref="Started"/> is false when git is not installed.</summary>
public sealed record GitResult(bool Started, int ExitCode, byte[] Output, string Error)
{
    /// <summary>Standard output as trimmed text.</summary>
    public string Text => Encoding.UTF8.GetString(Output).Trim();

    /// <summary>True when git ran and exited 0.</summary>
    public bool Ok => Started && ExitCode == 0;
}
