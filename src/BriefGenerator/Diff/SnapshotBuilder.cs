using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;

namespace BriefGenerator.Diff;

/// <summary>Makes a <see cref="BriefSnapshot"/> from a brief's text: the content loader for the front matter, then the
/// document parser over the body alone. No template runs: a template repeats the front matter (cover, summary box)
/// and differs from one template to the next, so the snapshot holds what the author wrote, located in their file.</summary>
public sealed partial class SnapshotBuilder
{
    private readonly List<SnapshotLink> _links = new();
    private readonly Dictionary<int, string> _noteLabels = new();
    private readonly System.Text.StringBuilder _plain = new(256);
    private readonly int _lineOffset;

    private SnapshotBuilder(int lineOffset) => _lineOffset = lineOffset;

    /// <summary>Reads the front matter and parses the body of <paramref name="text"/>; null (after reporting located
    /// diagnostics) when it does not load. The body is parsed once, by the document parser, which reports what the
    /// content loader would about it.</summary>
    public static BriefSnapshot? FromText(string text, string slug, string displayPath, DiagnosticBag diagnostics)
    {
        var front = new FrontMatterReader(displayPath, diagnostics);
        if (!front.Split(text, out var yaml, out var body, out var bodyFirstLine)) return null;
        var metadata = front.Read(yaml);
        if (metadata is null || diagnostics.HasErrors) return null;
        return FromBody(metadata, key => front.KeySpans.TryGetValue(key, out var span) ? span.Line : 1, body, bodyFirstLine, displayPath, diagnostics);
    }

    /// <summary>Snapshot of a brief already loaded from <paramref name="text"/> (the build's path).</summary>
    public static BriefSnapshot? FromBrief(Brief brief, string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!new FrontMatterReader(displayPath, new DiagnosticBag()).Split(text, out _, out var body, out var bodyFirstLine)) return null;
        // The content loader's parse of the same body, when it is still held: the body is not parsed a second time.
        return FromBody(brief.Metadata, key => brief.SpanOf(key).Line, body, bodyFirstLine, displayPath, diagnostics, brief.ParsedBody?.Take(body));
    }

    private static BriefSnapshot? FromBody(BriefMetadata m, Func<string, int> lineOf, string body, int bodyFirstLine, string displayPath, DiagnosticBag diagnostics,
        Markdig.Syntax.MarkdownDocument? parsed = null)
    {
        var info = new DocumentInfo(m.Title, m.Subtitle, m.ShortTitle ?? m.Title, m.Authors, m.Organization, m.Language, m.Date,
            null, m.Keywords, new DateTimeOffset(m.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "");
        var bag = new DiagnosticBag();
        var document = DocumentParser.Parse(body, info, displayPath, bag, smartQuotes: true, parsed: parsed);
        // The parser locates within the body; move its diagnostics to the lines of the file.
        diagnostics.AddRange(bag.Select(d => d.Span.IsKnown ? d with { Span = d.Span.WithLineOffset(bodyFirstLine - 1) } : d));
        if (document is null || diagnostics.HasErrors) return null;
        var builder = new SnapshotBuilder(bodyFirstLine - 1);
        foreach (var note in document.Notes) builder._noteLabels[note.Number] = note.Label;
        var sections = builder.Sections(document);
        var notes = document.Notes.Select(n => new SnapshotNote(n.Label, n.Number, builder.BlocksText(n.Blocks), builder.Line(n.Span))).ToList();
        return new BriefSnapshot(Fields(m, lineOf), sections, notes, builder._links);
    }

    private static List<SnapshotField> Fields(BriefMetadata m, Func<string, int> lineOf)
    {
        var fields = new List<SnapshotField>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) fields.Add(new SnapshotField(name, value, lineOf(name)));
        }
        Add("title", m.Title);
        Add("subtitle", m.Subtitle);
        Add("short_title", m.ShortTitle);
        Add("date", m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("authors", string.Join(" · ", m.Authors));
        Add("organization", m.Organization);
        Add("language", m.Language);
        Add("summary", m.Summary);
        Add("key_points", string.Join(" · ", m.KeyPoints));
        Add("keywords", string.Join(" · ", m.Keywords));
        Add("templates", string.Join(" · ", m.Templates));
        return fields;
    }

    private List<SnapshotSection> Sections(BriefDocument document)
    {
        var sections = new List<SnapshotSection>();
        var (id, title, level, line) = ("", "", 0, 1);
        var blocks = new List<SnapshotBlock>();
        foreach (var block in document.Blocks)
        {
            if (block is Heading h)
            {
                if (blocks.Count > 0 || sections.Count > 0 || id.Length > 0) sections.Add(new SnapshotSection(id, title, level, line, blocks));
                (id, title, level, line, blocks) = (h.Id, Plain(h.Content), h.Level, Line(h.Span), new List<SnapshotBlock>());
                continue;
            }
            Add(block, blocks, "paragraph");
        }
        sections.Add(new SnapshotSection(id, title, level, line, blocks));
        return sections;
    }

    private int Line(SourceSpan span) => span.Line + _lineOffset;
}
