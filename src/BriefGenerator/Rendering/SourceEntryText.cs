using BriefGenerator.Document;

namespace BriefGenerator.Rendering;

/// <summary>What both renderers print for a source after its number: the title (with a full stop) and the URL as a
/// link, or the URL alone.</summary>
internal static class SourceEntryText
{
    /// <summary>The entry's title and link as inlines.</summary>
    public static IReadOnlyList<Inline> Inlines(SourceEntry entry)
    {
        var link = Content.LinkPolicy.IsAllowed(entry.Url)
            ? (Inline)new Link(entry.Url, new Inline[] { new Text(entry.Url) })
            : new Text(entry.Url);
        if (entry.Title.Length == 0) return new[] { link };
        var title = entry.Title.TrimEnd();
        var stop = title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? " " : ". ";
        return new[] { new Text(title + stop), link };
    }
}
