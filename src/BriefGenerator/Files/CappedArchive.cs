using System.IO.Compression;

namespace BriefGenerator.Files;

/// <summary>Checks that a zip archive (a <c>reference_docx</c>) inflates to at most a limit before anything else opens
/// it: every entry is inflated into nothing, counting bytes, and the count stops at limit + 1 — a zip bomb is refused
/// after reading at most the limit, whatever its entries claim about their sizes.</summary>
public static class CappedArchive
{
    /// <summary>Most entries an archive may have.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Null when <paramref name="zip"/> is a readable zip that inflates to at most <paramref name="maxBytes"/>;
    /// else why not (for a diagnostic), with <paramref name="tooLarge"/> telling a bomb from a broken archive.</summary>
    public static string? Check(byte[] zip, long maxBytes, out bool tooLarge)
    {
        tooLarge = false;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                tooLarge = true;
                return $"has {archive.Entries.Count:N0} entries; the limit is {MaxEntries:N0}";
            }
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > maxBytes - total) { tooLarge = true; return Bomb(maxBytes); }
                using var stream = entry.Open();
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += n;
                    if (total > maxBytes) { tooLarge = true; return Bomb(maxBytes); }
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return $"is not a readable zip archive ({e.Message})";
        }
    }

    private static string Bomb(long maxBytes) => $"inflates to more than {maxBytes:N0} bytes (a zip bomb?)";
}
