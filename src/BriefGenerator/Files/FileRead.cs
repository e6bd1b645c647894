using BriefGenerator.Diagnostics;

namespace BriefGenerator.Files;

/// <summary>The outcome of <see cref="ConfinedFile.Read"/>: the bytes, or why there are none.</summary>
/// <param name="Bytes">The file's bytes; null when <paramref name="Problem"/> is not <see cref="FileProblem.None"/>.</param>
/// <param name="RealPath">The file's real path (links followed) when it could be resolved, else the path as given.</param>
/// <param name="Problem">Why the file was refused, or <see cref="FileProblem.None"/>.</param>
/// <param name="Message">A message for a diagnostic ("is a named pipe (FIFO), not a regular file"); empty when fine.</param>
public sealed record FileRead(byte[]? Bytes, string RealPath, FileProblem Problem, string Message)
{
    /// <summary>True when the file was read.</summary>
    public bool Ok => Problem == FileProblem.None;

    /// <summary>The code a refusal is reported with: <c>BG070</c> for a path that leads out of its folder or loops,
    /// <c>BG071</c> for a file that is not regular, <paramref name="tooLarge"/> (when given) for one over its limit, else
    /// <paramref name="otherwise"/>, the reader's own code.</summary>
    public string Code(string otherwise, string? tooLarge = null) => Problem switch
    {
        FileProblem.Outside or FileProblem.LinkLoop => DiagnosticCodes.FileOutsideRoot,
        FileProblem.NotRegular => DiagnosticCodes.FileNotRegular,
        FileProblem.TooLarge when tooLarge is not null => tooLarge,
        _ => otherwise,
    };
}
