using System.Globalization;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    private readonly Dictionary<(string Part, string Url), string> _linkIds = new();

    /// <summary>The relationship id of an external hyperlink (one per distinct URL, numbered in order of first use so
    /// the ids are the same on every run); null when the URL is not absolute.</summary>
    public string? ExternalLink(string url)
    {
        // Relationships belong to the part the hyperlink is in: the main document, or the notes part.
        var part = _notesPart ?? _main;
        var key = (part.Name, url);
        if (_linkIds.TryGetValue(key, out var known)) return known;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var id = "rIdLink" + (_linkIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        part.AddHyperlink(uri, id);
        _linkIds[key] = id;
        return id;
    }
}
