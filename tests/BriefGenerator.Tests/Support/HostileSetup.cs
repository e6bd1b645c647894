namespace BriefGenerator.Tests.Support;

/// <summary>Builds the hostile files a golden diagnostics case asks for in its <c>setup.txt</c>, one per line, paths
/// relative to the workspace root: <c>link PATH TARGET</c> (a symbolic link; TARGET as written, absolute or relative
/// to the link's folder), <c>fifo PATH</c> (a named pipe), <c>big PATH BYTES</c> (a sparse file of that size),
/// <c>file PATH TEXT</c>, <c>hex PATH BYTES</c> (a binary file, its bytes in hex: an image header) and <c>dir PATH</c>. An existing file at PATH is replaced.</summary>
public static class HostileSetup
{
    public static void Apply(Workspace ws, string setupFile)
    {
        foreach (var raw in File.ReadAllLines(setupFile))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', 3);
            var path = Path.Combine(ws.Root, parts[1]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (parts[0] != "dir" && (File.Exists(path) || new FileInfo(path).LinkTarget is not null)) File.Delete(path);
            switch (parts[0])
            {
                case "link": File.CreateSymbolicLink(path, parts[2]); break;
                case "fifo": MakeFifo(path); break;
                case "big":
                    using (var stream = new FileStream(path, FileMode.CreateNew)) stream.SetLength(long.Parse(parts[2]));
                    break;
                case "file": File.WriteAllText(path, parts[2].Replace("\\n", "\n")); break;
                case "hex": File.WriteAllBytes(path, Convert.FromHexString(parts[2].Trim())); break;
                case "dir": Directory.CreateDirectory(path); break;
                default: throw new InvalidOperationException($"unknown setup line: {line}");
            }
        }
    }

    /// <summary>Makes a named pipe with mkfifo(1).</summary>
    public static void MakeFifo(string path)
    {
        ProcessRun.Succeeding("mkfifo", new[] { path }, Path.GetDirectoryName(path)!, TimeSpan.FromSeconds(10));
    }
}
