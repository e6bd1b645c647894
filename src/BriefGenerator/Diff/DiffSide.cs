namespace BriefGenerator.Diff;

/// <summary>One side of a diff as the user named it: a brief file or folder, or a revision of a path in git.</summary>
/// <param name="Spec">The argument: a path, or a revision when <paramref name="GitPath"/> is set.</param>
/// <param name="GitPath">The path inside the repository (after <c>--</c>) to read at revision <paramref name="Spec"/>;
/// null for a file or folder on disk.</param>
public sealed record DiffSide(string Spec, string? GitPath)
{
    /// <summary>How the diff names this side: the file's path, or <c>REV:path/brief.md</c>.</summary>
    public string Display { get; init; } = Spec;
}
