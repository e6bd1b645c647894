namespace BriefGenerator.Files;

/// <summary>Resolves a path the way the kernel would open it: every symbolic link on the way, in any component, is
/// followed (relative links from the folder that holds them), <c>.</c> and <c>..</c> are applied after that. More than
/// <see cref="MaxLinks"/> links (a loop) stops the walk instead of hanging.</summary>
public static class RealPath
{
    /// <summary>Most links followed for one path, as Linux's <c>ELOOP</c> limit.</summary>
    public const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>, or null with <see cref="FileProblem.Missing"/> (something
    /// on the way does not exist) or <see cref="FileProblem.LinkLoop"/>.</summary>
    public static string? Resolve(string path, out FileProblem problem)
    {
        problem = FileProblem.None;
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? current; continue; }
            var next = Path.Combine(current, part);
            var (kind, _) = FileStat.Of(next);
            if (kind == FileKind.SymbolicLink)
            {
                if (++links > MaxLinks) { problem = FileProblem.LinkLoop; return null; }
                var target = new FileInfo(next).LinkTarget;
                if (string.IsNullOrEmpty(target)) { problem = FileProblem.Missing; return null; }
                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                    target = target[current.Length..];
                }
                Push(pending, target);
                continue;
            }
            if (kind == FileKind.Missing || (kind != FileKind.Directory && pending.Count > 0)) { problem = FileProblem.Missing; return null; }
            current = next;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    // Pushes the components of a relative path so that the first one is popped first.
    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(new[] { '/', Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
