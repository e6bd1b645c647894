namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>What a strict reader (or a PDF/A and PDF/UA validator) would object to in a PDF, read from its bytes with
/// <see cref="RawPdf"/>: each method returns the problems it found, one line each, empty when there are none.</summary>
public static partial class PdfStrictness
{
    /// <summary>Every check at once.</summary>
    public static List<string> All(byte[] bytes)
    {
        RawPdf pdf;
        try { pdf = RawPdf.Parse(bytes); }
        catch (FormatException e) { return new List<string> { "unreadable: " + e.Message }; }
        return Streams(pdf).Concat(MarkedContent(pdf)).Concat(Metadata(pdf)).Concat(Fonts(pdf)).ToList();
    }

    /// <summary>Every stream is unfiltered or FlateDecode and decodes completely, checksum included.</summary>
    public static List<string> Streams(RawPdf pdf)
    {
        var problems = new List<string>();
        foreach (var obj in pdf.Objects.Values.Where(o => o.StreamData is not null))
            try { Decode(pdf, obj); }
            catch (InvalidDataException e) { problems.Add($"stream {obj.Number}: {e.Message}"); }
        return problems;
    }

    /// <summary>A stream's data, decoded strictly.</summary>
    public static byte[] Decode(RawPdf pdf, RawObject obj)
    {
        var filter = pdf.Get(obj.Dict, "Filter");
        return filter switch
        {
            null => obj.StreamData!,
            PdfName { Value: "FlateDecode" } => StrictZlib.Decode(obj.StreamData!),
            _ => throw new InvalidDataException($"unexpected filter {filter}"),
        };
    }

    /// <summary>Marked content nested with text objects and graphics states, all content tagged or an artifact, and the
    /// tags known to the structure tree (see <see cref="ContentChecks"/>).</summary>
    public static List<string> MarkedContent(RawPdf pdf)
    {
        var problems = new List<string>();
        var parentTree = ParentTree(pdf);
        var pages = pdf.Pages();
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i].Page;
            var contents = page["Contents"] is List<object?> list ? list : new List<object?> { page["Contents"] };
            var bytes = new List<byte>();
            foreach (var c in contents)
            {
                if (c is not PdfRef r || !pdf.Objects.TryGetValue(r.Number, out var stream) || stream.StreamData is null) { problems.Add($"page {i + 1}: /Contents is not a stream"); continue; }
                try { bytes.AddRange(Decode(pdf, stream)); bytes.Add((byte)'\n'); }
                catch (InvalidDataException e) { problems.Add($"page {i + 1}: {e.Message}"); }
            }
            var known = pdf.Get(page, "StructParents") is double key && parentTree.TryGetValue((int)key, out var mapped) ? mapped : new HashSet<int>();
            try { problems.AddRange(ContentChecks.Page(bytes.ToArray(), i + 1, known)); }
            catch (FormatException e) { problems.Add($"page {i + 1}: content stream unreadable: {e.Message}"); }
        }
        return problems;
    }

    // StructParents key → the MCIDs whose parent tree entry is a structure element.
    private static Dictionary<int, HashSet<int>> ParentTree(RawPdf pdf)
    {
        var map = new Dictionary<int, HashSet<int>>();
        var tree = pdf.GetDict(pdf.GetDict(pdf.Catalog, "StructTreeRoot"), "ParentTree");
        if (pdf.Get(tree, "Nums") is not List<object?> nums) return map;
        for (int k = 0; k + 1 < nums.Count; k += 2)
            if (nums[k] is double key && pdf.Resolve(nums[k + 1]) is List<object?> elements)
                map[(int)key] = Enumerable.Range(0, elements.Count).Where(m => pdf.Resolve(elements[m]) is Dictionary<string, object?> se && se.ContainsKey("S")).ToHashSet();
        return map;
    }
}
