using System.IO.Compression;
using System.Text.RegularExpressions;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Re-zips a package so the same content always gives the same bytes: entries in a fixed order, one fixed
/// timestamp, and the package-level relationship ids (which System.IO.Packaging makes up) renumbered. Large parts
/// (embedded fonts) are supplied already compressed rather than through the package, so they are deflated once per
/// process instead of twice per render.</summary>
internal static partial class DeterministicPackage
{
    /// <summary>The package rewritten deterministically; entries named in <paramref name="replacements"/> get that
    /// content instead of the placeholder the package holds.</summary>
    public static byte[] Repack(byte[] package, DateTimeOffset timestamp, IReadOnlyDictionary<string, CompressedEntry>? replacements = null)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = new List<(string, CompressedEntry)>();
        foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (replacements is not null && replacements.TryGetValue(entry.FullName, out var replaced))
            {
                entries.Add((entry.FullName, replaced));
                continue;
            }
            var data = Read(entry);
            if (entry.FullName == "_rels/.rels") data = RenumberPackageRelationships(data);
            entries.Add((entry.FullName, CompressedEntry.Deflate(data)));
        }
        return DeterministicZip.Write(entries, timestamp.UtcDateTime);
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
