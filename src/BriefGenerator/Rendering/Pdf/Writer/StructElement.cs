namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A structure element while it is open: its type, parent, attributes and kids (marked-content ids and child
/// elements, in content order). Written and let go when it closes (<see cref="StructureTree"/>).</summary>
internal sealed class StructElement
{
    /// <summary>An element of <paramref name="type"/>, object <paramref name="number"/>, inside <paramref name="parent"/>.</summary>
    public StructElement(int number, int parent, string type)
    {
        Number = number;
        Parent = parent;
        Type = type;
    }

    /// <summary>Its object number.</summary>
    public int Number { get; }

    /// <summary>The parent's object number (the structure tree root's for the document element).</summary>
    public int Parent { get; }

    /// <summary>The structure type (<c>P</c>, <c>TD</c>, <c>Link</c>, …).</summary>
    public string Type { get; }

    /// <summary>The page (object number) of its first marked content: its <c>/Pg</c>.</summary>
    public int Page { get; set; }

    /// <summary>Kids in order: a marked-content id on a page (<see cref="Kid.Element"/> 0), or a child element.</summary>
    public List<Kid> Kids { get; } = new(2);

    /// <summary>Alternate text (<c>/Alt</c>), for figures and links.</summary>
    public string? Alt { get; set; }

    /// <summary>The element identifier (<c>/ID</c>), for notes.</summary>
    public string? Id { get; set; }

    /// <summary>A figure's bounding box in user space (llx, lly, urx, ury).</summary>
    public double[]? BBox { get; set; }

    /// <summary>True for a header cell (<c>/Scope /Column</c>).</summary>
    public bool Header { get; set; }

    /// <summary>Columns a table cell spans.</summary>
    public int ColSpan { get; set; } = 1;

    /// <summary>Rows a table cell spans.</summary>
    public int RowSpan { get; set; } = 1;

    /// <summary>A link's annotation (object number) and its page, for the <c>OBJR</c> kid.</summary>
    public int Annotation { get; set; }

    /// <summary>The annotation's page.</summary>
    public int AnnotationPage { get; set; }
}

/// <summary>One kid of a structure element: a child element, or a marked-content id on a page.</summary>
internal readonly record struct Kid(int Element, int Mcid, int Page);
