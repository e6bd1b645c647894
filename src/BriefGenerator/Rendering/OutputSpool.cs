namespace BriefGenerator.Rendering;

/// <summary>The temporary files a renderer writes an output into as it goes (<see cref="SpooledFile"/>): hidden, unique,
/// in the output's own folder so that the build can rename them into place.</summary>
public static class OutputSpool
{
    /// <summary>A new temporary file's path beside <paramref name="target"/>.</summary>
    public static string TempPathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Creates the temporary file for <paramref name="target"/> (and its folder); <paramref name="temp"/> is its path.</summary>
    public static FileStream Create(string target, out string temp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        temp = TempPathFor(target);
        return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Deletes a temporary file that will not be renamed into place, or an old output kept aside while its
    /// replacement was (AtomicFile, OldFileSweeper); nothing when it is gone or cannot go.</summary>
    public static void Discard(string temp)
    {
        try { if (File.Exists(temp)) File.Delete(temp); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
