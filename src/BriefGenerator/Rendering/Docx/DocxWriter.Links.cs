using System.Globalization;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    private readonly Dictionary<string, string> _linkIds = new(StringComparer.Ordinal);

    /// <summary>The relationship id of an external hyperlink (one per distinct URL, numbered in order of first use so
    /// the ids are the same on every run); null when the URL is not absolute.</summary>
    public string? ExternalLink(string url)
    {
        if (_linkIds.TryGetValue(url, out var known)) return known;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var id = "rIdLink" + (_linkIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        _main.AddHyperlinkRelationship(uri, true, id);
        _linkIds[url] = id;
        return id;
    }
}
