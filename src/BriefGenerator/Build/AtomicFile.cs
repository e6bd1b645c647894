namespace BriefGenerator.Build;

/// <summary>Writes files so that readers see either the old bytes or the new ones, never a half-written file: a
/// temporary file in the same folder, written and closed, then renamed over the target. <c>WriteAll</c> commits a set of
/// files together: every temporary file is written first, then all are renamed, or none when anything fails. Files are
/// not forced to disk (no fsync): that cost 10–30 ms per file on a busy disk and serialised parallel builds, and the
/// guarantee is for readers and for failures (a full disk fails at the write, before any rename). After a power cut
/// the newest build may be lost; the build cache then sees an output whose size or time differs from its stamp, and
/// rebuilds it.</summary>
public static class AtomicFile
{
    /// <summary>Writes one file atomically.</summary>
    public static void Write(string path, ReadOnlyMemory<byte> bytes) => WriteAll(new[] { (path, bytes, (string?)null) });

    /// <summary>Writes one file atomically, its bytes written by <paramref name="write"/> straight into the temporary
    /// file (a large report or cache file needs no buffer of its own size); nothing is replaced when it throws.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = (string?)null;
        try
        {
            using (var stream = Rendering.OutputSpool.Create(path, out temp)) write(stream);
        }
        catch
        {
            if (temp is not null) Rendering.OutputSpool.Discard(temp);
            throw;
        }
        WriteAll(new[] { (path, ReadOnlyMemory<byte>.Empty, (string?)temp) });
    }

    /// <summary>Writes every file or none: all temporary files are written and closed first (a full disk or an
    /// unwritable target or a folder in a target's place fails here, leaving every old file as it was); then the new
    /// ones are renamed into place, each old one kept aside; should a rename still fail, the old ones are put back.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        WriteAll(files.Select(f => (f.Path, (ReadOnlyMemory<byte>)f.Bytes, (string?)null)).ToList());

    /// <summary>As <see cref="WriteAll(IReadOnlyList{ValueTuple{string, byte[]}})"/>, where a file may already be written
    /// (<c>Written</c>: a temporary file in the target's folder, see <see cref="Rendering.OutputSpool"/>; its bytes are
    /// then not used): it is renamed into place with the others, or deleted. With <paramref name="oldFiles"/>, every
    /// file replaced is kept aside (even a single one) and handed to it to delete once all are in place, instead of
    /// being deleted here: a build does not wait for the file system to free the old files' blocks.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, ReadOnlyMemory<byte> Bytes, string? Written)> files, OldFileSweeper? oldFiles = null)
    {
        var done = false;
        var staged = new List<(string Target, string Temp, string? Old)>();
        try
        {
            foreach (var (path, _, written) in files)
                if (written is not null) staged.Add((Path.GetFullPath(path), written, null));
            foreach (var (path, bytes, written) in files)
            {
                if (written is not null)
                {
                    if (Directory.Exists(Path.GetFullPath(path))) throw new IOException($"{Path.GetFullPath(path)} is a directory");
                    continue;
                }
                var target = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);
                if (Directory.Exists(target)) throw new IOException($"{target} is a directory");
                var temp = Rendering.OutputSpool.TempPathFor(target);
                staged.Add((target, temp, null));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes.Span);
            }
            // Rename each into place. With more than one file, each old file is kept aside as it is replaced
            // (File.Replace hard-links it to a backup name before the rename, so the target never goes missing),
            // to be put back should a later rename fail.
            var renamed = 0;
            try
            {
                for (var i = 0; i < staged.Count; i++)
                {
                    var (target, temp, _) = staged[i];
                    if ((staged.Count > 1 || oldFiles is not null) && File.Exists(target))
                    {
                        var old = temp[..^4] + ".old";
                        staged[i] = (target, temp, old);
                        File.Replace(temp, target, old, ignoreMetadataErrors: true);
                    }
                    else File.Move(temp, target, overwrite: true);
                    renamed++;
                }
                done = true;
            }
            catch
            {
                for (var i = 0; i < renamed; i++)
                {
                    var (target, _, old) = staged[i];
                    if (old is not null) File.Move(old, target, overwrite: true);
                    else File.Delete(target);
                }
                throw;
            }
        }
        finally
        {
            foreach (var (_, temp, old) in staged)
            {
                // Renamed into place, a temporary file is gone; it is still here only when this write failed.
                if (!done) Rendering.OutputSpool.Discard(temp);
                if (old is null) continue;
                if (done && oldFiles is not null) oldFiles.Add(old);
                else Rendering.OutputSpool.Discard(old);
            }
        }
    }
}
