using System.Globalization;
using BriefGenerator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGenerator.Content;

/// <summary>Splits a brief into YAML front matter and body and reads the front matter into <see cref="BriefMetadata"/>,
/// reporting every problem at the YAML line and column.</summary>
public sealed class FrontMatterReader
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "subtitle", "short_title", "date", "authors", "organization", "language",
        "summary", "key_points", "keywords", "templates", "series", "number", "about", "license", "logo",
    };

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);
    private long _expanded;
    private bool _tooLarge;

    /// <summary>Most characters the front matter's values may hold once YAML aliases are expanded (4 Mi). A file is at
    /// most 4 MiB, so only aliases repeating a long value can pass it; they would multiply the template's output.</summary>
    public const long ExpandedLimit = 4L * 1024 * 1024;

    public FrontMatterReader(string displayPath, DiagnosticBag diagnostics)
    {
        _file = displayPath;
        _diagnostics = diagnostics;
    }

    /// <summary>Where each key stands in the file.</summary>
    public IReadOnlyDictionary<string, SourceSpan> KeySpans => _spans;

    /// <summary>Splits <paramref name="text"/>; returns false (after an error) when there is no front matter block.
    /// <paramref name="bodyFirstLine"/> is the 1-based file line where the body starts.</summary>
    public bool Split(string text, out string yaml, out string body, out int bodyFirstLine)
    {
        yaml = ""; body = ""; bodyFirstLine = 1;
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterMissing,
                "a brief starts with YAML front matter between '---' lines (title and date at least)", new SourceSpan(_file, 1, 1));
            return false;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var t = lines[i].TrimEnd();
            if (t is "---" or "...")
            {
                yaml = string.Join('\n', lines[1..i]);
                body = string.Join('\n', lines[(i + 1)..]);
                bodyFirstLine = i + 2;
                return true;
            }
        }
        _diagnostics.Error(DiagnosticCodes.FrontMatterMissing, "front matter is not closed: add a '---' line after it", new SourceSpan(_file, 1, 1));
        return false;
    }

    /// <summary>Reads the YAML (which starts on file line 2); null after reporting errors.</summary>
    public BriefMetadata? Read(string yaml)
    {
        var errorsBefore = _diagnostics.Count(d => d.Severity == Severity.Error);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only the YAML library runs in the try: whatever it throws for a user's typo is a located BG003, never an internal error.
            var (msg, start) = FrontMatterError.Describe(ex, yaml);
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, $"front matter is not valid YAML: {msg}", At(start));
            return null;
        }
        if (root is null)
        {
            _diagnostics.Error(DiagnosticCodes.TitleMissing, "front matter must be a mapping with at least 'title' and 'date'", new SourceSpan(_file, 2, 1));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            _spans[key] = At(keyNode.Start);
            if (!KnownKeys.Contains(key))
                _diagnostics.Warning(DiagnosticCodes.UnknownKey,
                    $"unknown front matter key '{key}' (known: {string.Join(", ", KnownKeys.Order())})", At(keyNode.Start));
            else values[key] = valueNode;
        }

        var title = Scalar(values, "title");
        if (string.IsNullOrWhiteSpace(title))
            _diagnostics.Error(DiagnosticCodes.TitleMissing, "front matter has no 'title'", Span("title"));
        var dateText = Scalar(values, "date");
        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(dateText))
            _diagnostics.Error(DiagnosticCodes.DateInvalid, "front matter has no 'date' (YYYY-MM-DD)", Span("date"));
        else if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            _diagnostics.Error(DiagnosticCodes.DateInvalid, $"'date' must be a date written YYYY-MM-DD, not '{dateText}'", ValueSpan(values, "date"));

        var language = Scalar(values, "language") ?? "en-US";
        if (!LanguageTag.IsWellFormed(language))
        {
            _diagnostics.Warning(DiagnosticCodes.LanguageInvalid, $"'language' should be a BCP 47 tag such as en-US, not '{language}'; using en-US", ValueSpan(values, "language"));
            language = "en-US";
        }

        var templates = List(values, "templates");
        var meta = new BriefMetadata
        {
            Title = title?.Trim() ?? "",
            Subtitle = Scalar(values, "subtitle"),
            ShortTitle = Scalar(values, "short_title"),
            Date = date,
            Authors = List(values, "authors"),
            Organization = Scalar(values, "organization"),
            Language = language,
            Summary = Scalar(values, "summary"),
            KeyPoints = List(values, "key_points"),
            Keywords = List(values, "keywords"),
            Series = Scalar(values, "series"),
            Number = Scalar(values, "number"),
            About = Scalar(values, "about"),
            License = Scalar(values, "license"),
            Logo = Scalar(values, "logo"),
            Templates = templates.Count > 0 ? templates : new[] { "policy-brief" },
        };
        return _diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore ? null : meta;
    }

    private SourceSpan At(Mark mark) => new(_file, (int)mark.Line + 1, (int)mark.Column);

    private SourceSpan Span(string key) => _spans.TryGetValue(key, out var s) ? s : new SourceSpan(_file, 2, 1);

    private SourceSpan ValueSpan(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) ? At(node.Start) : Span(key);

    private string? Scalar(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode s) return string.IsNullOrEmpty(s.Value) ? null : Counted(s, key);
        _diagnostics.Error(DiagnosticCodes.FieldType, $"'{key}' must be a single value, not a list or mapping", At(node.Start));
        return null;
    }

    // Every value read counts towards ExpandedLimit, so an alias used 20,000 times counts 20,000 times.
    private string Counted(YamlScalarNode node, string key)
    {
        _expanded += node.Value!.Length;
        if (_expanded > ExpandedLimit && !_tooLarge)
        {
            _tooLarge = true;
            _diagnostics.Error(DiagnosticCodes.InputTooLarge,
                $"front matter values add up to more than {ExpandedLimit / (1024 * 1024)} Mi characters once YAML aliases are expanded; repeat less (the limit keeps aliases from multiplying the output)",
                Span(key));
        }
        return node.Value;
    }

    private IReadOnlyList<string> List(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node)) return Array.Empty<string>();
        switch (node)
        {
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? Array.Empty<string>() : new[] { Counted(s, key).Trim() };
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode si) { if (!string.IsNullOrWhiteSpace(si.Value)) items.Add(Counted(si, key).Trim()); }
                    else _diagnostics.Error(DiagnosticCodes.FieldType, $"each item of '{key}' must be a single value", At(item.Start));
                }
                return items;
            default:
                _diagnostics.Error(DiagnosticCodes.FieldType, $"'{key}' must be a list", At(node.Start));
                return Array.Empty<string>();
        }
    }
}
