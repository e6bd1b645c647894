using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Content;

/// <summary>Checks a brief's notes and link definitions: a note marker <c>[^id]</c> with no definition (BG060), a note
/// definition nothing refers to (BG061), and a link definition that no link uses and that is not part of a list of
/// sources (BG062) — each would otherwise be silently printed as written or left out.</summary>
internal sealed partial class NoteChecker
{
    private readonly string _file;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    public NoteChecker(string file, int firstLine, DiagnosticBag diagnostics)
    {
        _file = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    public void Check(MarkdownDocument doc, string body)
    {
        foreach (var def in doc.Descendants<FootnoteLinkReferenceDefinition>())
            if (def.Footnote.Links.Count == 0)
                _diagnostics.Warning(DiagnosticCodes.NoteUnused,
                    $"note '{def.Label?.TrimStart('^')}' is defined but nothing refers to it; its text is left out (refer to it with [{def.Label}])", SpanOf(def));
        foreach (var leaf in doc.Descendants<LeafBlock>())
            if (leaf.Inline is not null) CheckUndefined(leaf.Inline, body);

        var used = new HashSet<LinkReferenceDefinition>(doc.Descendants<LinkInline>().Select(l => l.Reference).OfType<LinkReferenceDefinition>());
        foreach (var run in SourceSections.Runs(doc, body).Where(r => !r.Listed))
            foreach (var def in run.Definitions.Where(d => !used.Contains(d)))
                _diagnostics.Warning(DiagnosticCodes.LinkDefinitionUnused,
                    $"link definition [{def.Label}] is not used by any link and is not under a 'Sources' or 'References' heading; its URL is left out", SpanOf(def));
    }

    // Markdig leaves a marker with no definition as literal text, split at the '['.
    private void CheckUndefined(ContainerInline container, string body)
    {
        // A marker starts with '[': where no literal has one (a table cell, most paragraphs), only the containers
        // inside are looked at, without copying the text.
        if (!HasBracket(container))
        {
            foreach (var child in container)
                if (child is ContainerInline inner) CheckUndefined(inner, body);
            return;
        }
        var text = new StringBuilder();
        var starts = new List<(int Offset, LiteralInline Literal)>();
        foreach (var child in container)
        {
            if (child is LiteralInline lit)
            {
                starts.Add((text.Length, lit));
                text.Append(lit.Content.ToString());
                continue;
            }
            Flush();
            if (child is ContainerInline inner) CheckUndefined(inner, body);
        }
        Flush();

        void Flush()
        {
            foreach (Match m in Marker().Matches(text.ToString()))
            {
                var (offset, lit) = starts.Last(s => s.Offset <= m.Index);
                _diagnostics.Warning(DiagnosticCodes.NoteUndefined,
                    $"note marker {m.Value} has no definition ('{m.Value}: text'); it is printed as written", At(body, lit.Span.Start + m.Index - offset));
            }
            text.Clear();
            starts.Clear();
        }
    }

    private static bool HasBracket(ContainerInline container)
    {
        foreach (var child in container)
            if (child is LiteralInline lit && lit.Content.IndexOf('[') >= 0) return true;
        return false;
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex Marker();

    // Literal inlines carry no line of their own: count from the body text.
    private SourceSpan At(string body, int offset)
    {
        offset = Math.Clamp(offset, 0, body.Length);
        var lineStart = body.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        return new SourceSpan(_file, _firstLine + body.AsSpan(0, lineStart).Count('\n'), offset - lineStart + 1);
    }

    private SourceSpan SpanOf(MarkdownObject node) => new(_file, _firstLine + node.Line, node.Column + 1);
}
