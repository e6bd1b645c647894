namespace BriefGenerator.Files;

/// <summary>Why <see cref="ConfinedFile"/> refused a file.</summary>
public enum FileProblem
{
    /// <summary>The file is fine.</summary>
    None,
    /// <summary>It does not exist (or a folder on the way does not).</summary>
    Missing,
    /// <summary>Its real path, links followed, is outside the folder it must stay in.</summary>
    Outside,
    /// <summary>Too many symbolic links on the way: a loop.</summary>
    LinkLoop,
    /// <summary>A directory, named pipe, device or socket.</summary>
    NotRegular,
    /// <summary>Larger than the limit for that kind of file.</summary>
    TooLarge,
    /// <summary>The operating system refused to read it.</summary>
    Unreadable,
}
