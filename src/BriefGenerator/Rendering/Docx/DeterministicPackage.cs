using System.IO.Compression;
using System.Text.RegularExpressions;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Re-zips a package so the same content always gives the same bytes: entries in a fixed order, one fixed
/// timestamp, and the package-level relationship ids (which System.IO.Packaging makes up) renumbered. Large parts
/// (embedded fonts) can be supplied here rather than through the package, so they are compressed only once.</summary>
internal static partial class DeterministicPackage
{
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package rewritten deterministically; entries named in <paramref name="replacements"/> get those
    /// bytes instead of the placeholder the package holds.</summary>
    public static byte[] Repack(byte[] package, DateTimeOffset timestamp, IReadOnlyDictionary<string, byte[]>? replacements = null)
    {
        var stamp = timestamp < ZipEpoch ? ZipEpoch : new DateTimeOffset(timestamp.UtcDateTime, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal).ToList();
        var written = new List<(string, ZipWriter.Compressed)>(entries.Count);
        foreach (var entry in entries)
        {
            // Supplied parts (embedded fonts) are the same in every document: compress them once per process.
            var supplied = replacements is not null && replacements.TryGetValue(entry.FullName, out var replaced) ? replaced : null;
            var data = supplied ?? Read(entry);
            if (entry.FullName == "_rels/.rels") data = RenumberPackageRelationships(data);
            written.Add((entry.FullName, ZipWriter.Deflate(data, cache: supplied is not null)));
        }
        return ZipWriter.Write(written, stamp);
    }

    // [Content_Types].xml first and the package relationships next, as Office writes them.
    private static int Rank(ZipArchiveEntry e) => e.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        return buffer.ToArray();
    }

    // Nothing refers to package-level relationship ids, so they can be renamed freely.
    private static byte[] RenumberPackageRelationships(byte[] xml)
    {
        var text = System.Text.Encoding.UTF8.GetString(xml);
        var n = 0;
        text = RelationshipId().Replace(text, _ => $"Id=\"rIdPkg{++n}\"");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex("Id=\"[^\"]*\"")]
    private static partial Regex RelationshipId();
}
