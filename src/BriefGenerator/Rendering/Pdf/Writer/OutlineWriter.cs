namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes the document outline (ISO 32000-1 §12.3.3) from the bookmarks in order: an item is the child of the
/// last item before it of a lower level. Every item is open; each goes to its page at its top (<c>/XYZ</c>).</summary>
internal static class OutlineWriter
{
    /// <summary>Writes the outline; returns the outline dictionary's object number.</summary>
    public static int Write(PdfFileWriter file, IReadOnlyList<OutlineItem> items)
    {
        int root = file.Allocate();
        var numbers = items.Select(_ => file.Allocate()).ToArray();
        var parents = new int[items.Count];
        var children = new List<int>[items.Count + 1]; // index items.Count is the root
        for (int i = 0; i <= items.Count; i++) children[i] = new List<int>();
        var stack = new List<int>();
        for (int i = 0; i < items.Count; i++)
        {
            while (stack.Count > 0 && items[stack[^1]].Level >= items[i].Level) stack.RemoveAt(stack.Count - 1);
            parents[i] = stack.Count == 0 ? items.Count : stack[^1];
            children[parents[i]].Add(i);
            stack.Add(i);
        }
        var counts = new int[items.Count + 1];
        for (int i = items.Count - 1; i >= 0; i--) counts[parents[i]] += 1 + counts[i];
        int Number(int i) => i == items.Count ? root : numbers[i];

        var b = new PdfBuffer(256);
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var siblings = children[parents[i]];
            int at = siblings.IndexOf(i);
            b.Clear();
            b.Bytes("<</Title"u8).Text(item.Title).Bytes("/Parent "u8).Ref(Number(parents[i]));
            if (at > 0) b.Bytes("/Prev "u8).Ref(numbers[siblings[at - 1]]);
            if (at + 1 < siblings.Count) b.Bytes("/Next "u8).Ref(numbers[siblings[at + 1]]);
            if (children[i].Count > 0)
                b.Bytes("/First "u8).Ref(numbers[children[i][0]]).Bytes("/Last "u8).Ref(numbers[children[i][^1]]).Bytes("/Count "u8).Int(counts[i]);
            b.Bytes("/Dest["u8).Ref(item.Page).Bytes("/XYZ 0 "u8).Num(item.Top).Bytes(" null]>>"u8);
            file.Object(numbers[i], b.Span);
        }
        b.Clear();
        b.Bytes("<</Type/Outlines"u8);
        if (children[items.Count].Count > 0)
            b.Bytes("/First "u8).Ref(numbers[children[items.Count][0]]).Bytes("/Last "u8).Ref(numbers[children[items.Count][^1]]);
        b.Bytes("/Count "u8).Int(counts[items.Count]).Bytes(">>"u8);
        file.Object(root, b.Span);
        return root;
    }
}
