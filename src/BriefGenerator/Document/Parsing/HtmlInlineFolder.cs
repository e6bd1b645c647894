namespace BriefGenerator.Document.Parsing;

/// <summary>Gives inline HTML tags their meaning within one container's inlines: <c>&lt;sup&gt;…&lt;/sup&gt;</c> and
/// <c>&lt;sub&gt;…&lt;/sub&gt;</c> become <see cref="Superscript"/> and <see cref="Subscript"/>, <c>&lt;br&gt;</c> a
/// <see cref="LineBreak"/>, <c>&lt;img alt="…"&gt;</c> its alt text; comments are dropped; any other tag (and an
/// unpaired one) stays visible as literal text. The content loader names each of those with a warning.</summary>
internal static class HtmlInlineFolder
{
    /// <summary>The inlines with every <see cref="HtmlTagMark"/> replaced.</summary>
    public static List<Inline> Fold(List<Inline> items)
    {
        if (!items.Exists(i => i is HtmlTagMark)) return items;
        var result = new List<Inline>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not HtmlTagMark tag) { result.Add(items[i]); continue; }
            if (tag.IsComment) continue;
            switch (tag.Name)
            {
                case "br" when !tag.Closing:
                    result.Add(new LineBreak());
                    break;
                case "img" when !tag.Closing:
                    result.Add(new Text(tag.Attribute("alt") ?? ""));
                    break;
                case "sup" or "sub" when !tag.Closing && Close(items, i, tag.Name) is var end and > 0:
                    var inner = Fold(items.GetRange(i + 1, end - i - 1));
                    result.Add(tag.Name == "sup" ? new Superscript(inner) : new Subscript(inner));
                    i = end;
                    break;
                default:
                    result.Add(new Text(tag.Raw));
                    break;
            }
        }
        return result;
    }

    // The index of the tag closing the one at `open`, nesting counted; -1 when it is not closed in this container.
    private static int Close(List<Inline> items, int open, string name)
    {
        var depth = 0;
        for (var j = open + 1; j < items.Count; j++)
        {
            if (items[j] is not HtmlTagMark t || t.Name != name) continue;
            if (!t.Closing) depth++;
            else if (depth-- == 0) return j;
        }
        return -1;
    }
}
