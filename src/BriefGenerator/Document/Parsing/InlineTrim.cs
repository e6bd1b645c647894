using BriefGenerator.Content;

namespace BriefGenerator.Document.Parsing;

/// <summary>Takes a trailing <c>{#id .class}</c> off the last text run of a heading or paragraph.</summary>
internal static class InlineTrim
{
    public static (IReadOnlyList<Inline> Content, BlockAttributes Attributes) TrailingAttributes(IReadOnlyList<Inline> content)
    {
        if (content.Count == 0 || content[^1] is not Text last) return (content, BlockAttributes.None);
        var (text, attrs) = BlockAttributes.Split(last.Value);
        if (ReferenceEquals(attrs, BlockAttributes.None)) return (content, attrs);
        var list = content.Take(content.Count - 1).ToList();
        if (text.Length > 0) list.Add(new Text(text));
        return (list, attrs);
    }
}
