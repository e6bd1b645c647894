using DocumentFormat.OpenXml;

namespace BriefGenerator.Rendering.Docx;

/// <summary>One part of a DOCX being written (<see cref="DocxPackage"/>): its zip entry name, content type, the
/// relationships it owns, and its content: a root element saved when the package is written, bytes deflated then, or
/// an entry compressed already (fonts, the cached styles, the spliced document).</summary>
internal sealed class DocxPart
{
    internal DocxPart(string name, string contentType)
    {
        Name = name;
        ContentType = contentType;
    }

    /// <summary>The zip entry name, without a leading slash (<c>word/styles.xml</c>).</summary>
    public string Name { get; }

    /// <summary>The part's content type.</summary>
    public string ContentType { get; }

    /// <summary>The relationships from this part, in the order they were added.</summary>
    public List<DocxRelationship> Relationships { get; } = new();

    /// <summary>The part's element tree, saved as the Open XML SDK saves a part root.</summary>
    public OpenXmlPartRootElement? Root { get; set; }

    /// <summary>The part's bytes, uncompressed (images, core properties, a chart's workbook).</summary>
    public byte[]? Data { get; set; }

    /// <summary>The part's content compressed already; wins over <see cref="Root"/> and <see cref="Data"/>.</summary>
    public CompressedEntry? Entry { get; set; }

    /// <summary>Adds an external hyperlink relationship with the fixed id <paramref name="id"/>; the target is the
    /// URI's original string, as System.IO.Packaging writes it.</summary>
    public void AddHyperlink(Uri uri, string id) =>
        Relationships.Add(new DocxRelationship(id, DocxPartType.HyperlinkRelationship, uri.OriginalString, External: true));

    /// <summary>The name of the part holding this part's relationships (<c>word/_rels/document.xml.rels</c>).</summary>
    public string RelationshipsName
    {
        get
        {
            var slash = Name.LastIndexOf('/');
            return string.Concat(Name.AsSpan(0, slash + 1), "_rels/", Name.AsSpan(slash + 1), ".rels");
        }
    }
}
