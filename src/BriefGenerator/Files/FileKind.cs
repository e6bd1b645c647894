namespace BriefGenerator.Files;

/// <summary>What a path names, as <c>lstat</c> sees it (links are not followed).</summary>
public enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,
    /// <summary>A regular file: the only kind the tool reads.</summary>
    Regular,
    /// <summary>A directory.</summary>
    Directory,
    /// <summary>A symbolic link (not followed).</summary>
    SymbolicLink,
    /// <summary>A named pipe: opening it would wait for a writer.</summary>
    Fifo,
    /// <summary>A character or block device, such as <c>/dev/zero</c>.</summary>
    Device,
    /// <summary>A Unix domain socket.</summary>
    Socket,
}
