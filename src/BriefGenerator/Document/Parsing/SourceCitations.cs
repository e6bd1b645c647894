using System.Globalization;
using BriefGenerator.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGenerator.Document.Parsing;

/// <summary>The entries of the document's source lists, keyed by their link definitions, so a citation written as a
/// bare <c>[1]</c> becomes a cross-reference to its entry, printed <c>[1]</c>.</summary>
internal sealed class SourceCitations
{
    private readonly Dictionary<LinkReferenceDefinition, SourceEntry> _entries = new();

    /// <summary>Numbers the definitions of every listed run: by their labels when they are all whole numbers, else 1, 2, …
    /// in order. Entry ids are <c>source-&lt;label&gt;</c>, made unique against <paramref name="ids"/>.</summary>
    public SourceCitations(IEnumerable<SourceRun> runs, ISet<string> ids)
    {
        foreach (var run in runs.Where(r => r.Listed))
        {
            var numeric = run.Definitions.All(d => int.TryParse(d.Label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0);
            for (var i = 0; i < run.Definitions.Count; i++)
            {
                var def = run.Definitions[i];
                var number = numeric ? int.Parse(def.Label!, CultureInfo.InvariantCulture) : i + 1;
                var id = Identifiers.Unique(Identifiers.FromTitle("source " + def.Label), ids);
                _entries[def] = new SourceEntry(id, number, def.Label ?? "", (def.Title ?? "").Trim(), def.Url ?? "");
            }
        }
    }

    /// <summary>The entry of a listed definition.</summary>
    public SourceEntry? Entry(LinkReferenceDefinition def) => _entries.GetValueOrDefault(def);

    /// <summary>A bare <c>[label]</c> reference to a listed source with a numeric label: a cross-reference printed
    /// <c>[number]</c>. Null for anything else (it stays an ordinary link).</summary>
    public CrossRef? Citation(LinkInline link)
    {
        if (!link.IsShortcut || link.IsImage || link.Reference is not { } def || Entry(def) is not { } entry) return null;
        if (!int.TryParse(def.Label, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        return new CrossRef(entry.Id, new Inline[] { new Text($"[{entry.Number.ToString(CultureInfo.InvariantCulture)}]") });
    }
}
