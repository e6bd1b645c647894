using System.Text.RegularExpressions;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Re-zips a package written by the Open XML SDK (a chart's embedded workbook, <see cref="Charts.ChartWorkbook"/>;
/// the DOCX itself is written by <see cref="DocxPackage"/>) so the same content always gives the same bytes: entries
/// in a fixed order, one fixed timestamp, and the package-level relationship ids (which System.IO.Packaging makes up)
/// renumbered. The parts keep the bytes the SDK deflated them to (deflate gives the same bytes for the same input),
/// so nothing is inflated and deflated again.</summary>
internal static partial class DeterministicPackage
{
    /// <summary>The package rewritten deterministically. Nothing returned refers to <paramref name="package"/>.</summary>
    public static byte[] Repack(ReadOnlyMemory<byte> package, DateTimeOffset timestamp)
    {
        var entries = new List<(string, CompressedEntry)>();
        foreach (var entry in ZipEntryReader.Read(package).OrderBy(e => e.Name, Comparer<string>.Create(DeterministicZip.EntryOrder)))
        {
            if (entry.Name == "_rels/.rels")
                entries.Add((entry.Name, CompressedEntry.Deflate(RenumberPackageRelationships(entry.Content()))));
            else
                entries.Add((entry.Name, entry.ToCompressed())); // the part as the SDK deflated it: deflate is deterministic
        }
        return DeterministicZip.Write(entries, timestamp.UtcDateTime);
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
