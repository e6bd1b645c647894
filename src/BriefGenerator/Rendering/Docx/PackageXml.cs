using System.Xml;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The package-level XML of a DOCX as System.IO.Packaging writes it (an XmlWriter with UTF-8 and its byte
/// order mark, an XML declaration): <c>[Content_Types].xml</c> and the relationship parts; and a part's content
/// compressed for its zip entry.</summary>
internal static class PackageXml
{
    private const string TypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <summary><c>[Content_Types].xml</c> for <paramref name="parts"/> (in the order they were added): the first part
    /// of each extension gives that extension's Default; a part whose type differs from its extension's Default gets an
    /// Override. The relationship parts, which the package made last, add the <c>rels</c> Default at the end.</summary>
    public static byte[] ContentTypes(IReadOnlyList<DocxPart> parts)
    {
        var defaults = new List<(string Extension, string Type)>();
        var overrides = new List<(string Name, string Type)>();
        foreach (var part in parts) Classify(part.Name, part.ContentType, defaults, overrides);
        Classify("_rels/.rels", RelationshipsContentType, defaults, overrides);
        return Write(w =>
        {
            w.WriteStartElement("Types", TypesNamespace);
            foreach (var (extension, type) in defaults)
            {
                w.WriteStartElement("Default");
                w.WriteAttributeString("Extension", extension);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
            foreach (var (name, type) in overrides)
            {
                w.WriteStartElement("Override");
                w.WriteAttributeString("PartName", "/" + name);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static void Classify(string name, string type, List<(string Extension, string Type)> defaults, List<(string Name, string Type)> overrides)
    {
        var dot = name.LastIndexOf('.');
        var extension = dot > name.LastIndexOf('/') ? name[(dot + 1)..] : "";
        var known = defaults.FindIndex(d => string.Equals(d.Extension, extension, StringComparison.OrdinalIgnoreCase));
        if (extension.Length == 0 || (known >= 0 && !string.Equals(defaults[known].Type, type, StringComparison.OrdinalIgnoreCase)))
            overrides.Add((name, type));
        else if (known < 0) defaults.Add((extension, type));
    }

    /// <summary>A <c>.rels</c> part listing <paramref name="relationships"/> in order.</summary>
    public static byte[] Relationships(IReadOnlyList<DocxRelationship> relationships) => Write(w =>
    {
        w.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var r in relationships)
        {
            w.WriteStartElement("Relationship");
            w.WriteAttributeString("Type", r.Type);
            w.WriteAttributeString("Target", r.Target);
            if (r.External) w.WriteAttributeString("TargetMode", "External");
            w.WriteAttributeString("Id", r.Id);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = System.Text.Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            body(w);
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>The part's zip entry: its ready entry, or its root saved as the SDK saves a part (the same writer and
    /// settings), or its bytes, deflated once as the package deflated them (<see cref="FreshDeflateCache"/>).</summary>
    public static CompressedEntry Content(DocxPart part)
    {
        if (part.Entry is { } entry) return entry;
        if (part.Data is { } data) return FreshDeflateCache.Deflate(data);
        if (part.Root is not { } root) throw new InvalidOperationException($"part '{part.Name}' has no content");
        var xml = ScratchStreams.Rent();
        try
        {
            root.Save(new KeepOpenStream(xml));
            return FreshDeflateCache.Deflate(xml.GetBuffer().AsSpan(0, (int)xml.Length));
        }
        finally { ScratchStreams.Return(xml); }
    }
}
