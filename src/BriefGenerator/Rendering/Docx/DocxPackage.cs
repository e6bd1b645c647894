using System.Globalization;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The parts of a DOCX as the writer adds them, written straight into a deterministic zip: each part is
/// serialised once and deflated once into its entry (as the package deflated it: <see cref="FreshDeflateCache"/>);
/// <c>[Content_Types].xml</c> and the <c>.rels</c> parts are written here (<see cref="PackageXml"/>). Names, content
/// types and relationship XML are those the Open XML SDK over System.IO.Packaging gave the same parts added in the
/// same order (part names numbered per content type, the first part of an extension giving its Default content type,
/// package relationships renumbered <c>rIdPkgN</c> as the old repack did), so the bytes did not change when the
/// SDK's package went.</summary>
internal sealed class DocxPackage
{
    private readonly List<DocxPart> _parts = new();
    private readonly List<DocxRelationship> _relationships = new();
    private readonly Dictionary<string, int> _sequence = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The parts, in the order they were added.</summary>
    public IReadOnlyList<DocxPart> Parts => _parts;

    /// <summary>The package's own relationships (main document, core and app properties), ids <c>rIdPkg1</c>, ….</summary>
    public IReadOnlyList<DocxRelationship> Relationships => _relationships;

    /// <summary>Adds a part of <paramref name="type"/> related from <paramref name="owner"/> (null: the package) by
    /// <paramref name="id"/> (null: the package's next <c>rIdPkgN</c>).</summary>
    public DocxPart Add(DocxPart? owner, DocxPartType type, string? id = null)
    {
        var part = new DocxPart(NewName(type), type.ContentType);
        var relationships = owner?.Relationships ?? _relationships;
        id ??= "rIdPkg" + (_relationships.Count + 1).ToString(CultureInfo.InvariantCulture);
        relationships.Add(new DocxRelationship(id, type.RelationshipType, "/" + part.Name, External: false));
        _parts.Add(part);
        return part;
    }

    // As the SDK's PartUriHelper: a sequence number per content type ("" or "1" first, then 2, 3, …), skipping names taken.
    private string NewName(DocxPartType type)
    {
        string name;
        if (type.Unique) name = type.Folder + type.Name + type.Extension;
        else
            do
            {
                var number = _sequence.TryGetValue(type.ContentType, out var n) ? n + 1 : 1;
                _sequence[type.ContentType] = number;
                var suffix = number > 1 || type.Numbered ? number.ToString(CultureInfo.InvariantCulture) : "";
                name = type.Folder + type.Name + suffix + type.Extension;
            }
            while (_names.Contains(name));
        if (!_names.Add(name)) throw new InvalidOperationException($"part '{name}' added twice");
        return name;
    }

    /// <summary>Every zip entry of the package, in the order the file holds them: <c>[Content_Types].xml</c>, the
    /// package relationships, the main document, then the rest by name.</summary>
    public List<(string Name, CompressedEntry Entry)> Entries()
    {
        var entries = new List<(string Name, CompressedEntry Entry)>(2 * _parts.Count + 2)
        {
            ("[Content_Types].xml", FreshDeflateCache.Deflate(PackageXml.ContentTypes(_parts))),
            // The one part the old repack deflated again itself, through the thread's native stream: so here too.
            ("_rels/.rels", CompressedEntry.Deflate(PackageXml.Relationships(_relationships))),
        };
        foreach (var part in _parts)
        {
            entries.Add((part.Name, PackageXml.Content(part)));
            if (part.Relationships.Count > 0)
                entries.Add((part.RelationshipsName, FreshDeflateCache.Deflate(PackageXml.Relationships(part.Relationships))));
        }
        entries.Sort((a, b) => DeterministicZip.EntryOrder(a.Name, b.Name));
        return entries;
    }
}
