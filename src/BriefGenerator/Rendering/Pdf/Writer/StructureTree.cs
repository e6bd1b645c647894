namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>The document's logical structure as it is drawn: a stack of open elements under a <c>Document</c> element,
/// each written as soon as it closes (so a long table's rows do not stay in memory), and the parent tree (one array per
/// page mapping its marked-content ids to their elements, one entry per link annotation), written page by page.</summary>
internal sealed class StructureTree
{
    private readonly PdfFileWriter _file;
    private readonly List<StructElement> _open = new();
    private readonly List<(int Key, int Value)> _nums = new();
    private readonly List<int> _pageParents = new();

    /// <summary>A tree with its root and document element numbered in <paramref name="file"/>.</summary>
    public StructureTree(PdfFileWriter file)
    {
        _file = file;
        RootNumber = file.Allocate();
        Document = new StructElement(file.Allocate(), RootNumber, "Document");
        _open.Add(Document);
    }

    /// <summary>The StructTreeRoot's object number.</summary>
    public int RootNumber { get; }

    /// <summary>The document element (always open until <see cref="Finish"/>).</summary>
    public StructElement Document { get; }

    /// <summary>The innermost open element.</summary>
    public StructElement Current => _open[^1];

    /// <summary>The next parent-tree key (pages and link annotations take one each).</summary>
    public int NextKey { get; private set; }

    /// <summary>Opens an element of <paramref name="type"/> inside the current one.</summary>
    public StructElement Open(string type)
    {
        var parent = Current;
        var element = new StructElement(_file.Allocate(), parent.Number, type);
        parent.Kids.Add(new Kid(element.Number, 0, 0));
        _open.Add(element);
        return element;
    }

    /// <summary>Closes the innermost element and writes it.</summary>
    public void Close()
    {
        if (_open.Count <= 1) throw new InvalidOperationException("No structure element open.");
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        StructElementWriter.Write(_file, element);
    }

    /// <summary>A new marked-content id on the current page for the current element.</summary>
    public int Mark(int page)
    {
        var element = Current;
        int mcid = _pageParents.Count;
        _pageParents.Add(element.Number);
        if (element.Page == 0) element.Page = page;
        element.Kids.Add(new Kid(0, mcid, page));
        return mcid;
    }

    /// <summary>Takes the parent-tree key of a page about to be drawn.</summary>
    public int BeginPage()
    {
        _pageParents.Clear();
        return NextKey++;
    }

    /// <summary>Writes the page's parent-tree array (key <paramref name="key"/>).</summary>
    public void EndPage(int key)
    {
        int number = _file.Allocate();
        var b = _file.Scratch;
        b.Clear();
        b.Byte((byte)'[');
        for (int i = 0; i < _pageParents.Count; i++)
        {
            if (i > 0) b.Sp();
            b.Ref(_pageParents[i]);
        }
        b.Byte((byte)']');
        _file.Object(number, b.Span);
        _nums.Add((key, number));
        _pageParents.Clear();
    }

    /// <summary>Opens a Link element for annotation <paramref name="annotation"/> on <paramref name="page"/>; returns
    /// the annotation's parent-tree key (its <c>/StructParent</c>).</summary>
    public int OpenLink(int annotation, int page, string alt)
    {
        var link = Open("Link");
        link.Annotation = annotation;
        link.AnnotationPage = page;
        link.Alt = alt;
        _nums.Add((NextKey, link.Number));
        return NextKey++;
    }

    /// <summary>Closes every element still open, writes the document element, the parent tree and the root.</summary>
    public void Finish()
    {
        while (_open.Count > 1) Close();
        StructElementWriter.Write(_file, Document);
        _nums.Sort((a, b) => a.Key.CompareTo(b.Key));
        int parentTree = _file.Allocate();
        var b = _file.Scratch;
        b.Clear();
        b.Bytes("<</Nums["u8);
        for (int i = 0; i < _nums.Count; i++)
        {
            if (i > 0) b.Sp();
            b.Int(_nums[i].Key).Sp().Ref(_nums[i].Value);
        }
        b.Bytes("]>>"u8);
        _file.Object(parentTree, b.Span);
        b.Clear();
        b.Bytes("<</Type/StructTreeRoot/K "u8).Ref(Document.Number).Bytes("/ParentTree "u8).Ref(parentTree)
            .Bytes("/ParentTreeNextKey "u8).Int(NextKey).Bytes(">>"u8);
        _file.Object(RootNumber, b.Span);
    }
}
