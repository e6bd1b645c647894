namespace BriefGenerator.Files;

/// <summary>Thrown by <see cref="ConfinedFile.ReadOrThrow"/> for callers that report I/O failures as exceptions.</summary>
public sealed class ConfinedFileException : IOException
{
    /// <summary>Wraps a refused read.</summary>
    public ConfinedFileException(FileRead read, string message) : base(message) => Read = read;

    /// <summary>The refused read.</summary>
    public FileRead Read { get; }
}
