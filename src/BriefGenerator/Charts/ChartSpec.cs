using BriefGenerator.Content;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Charts;

/// <summary>What a table caption asks to chart: <c>chart=bar x="Programme" y="2024, 2025"</c>, with the optional
/// <c>chart-alt</c> (or <c>alt</c>) alt text and <c>x-title</c>/<c>y-title</c> axis titles.</summary>
/// <param name="X">The category column; null for the table's first column.</param>
/// <param name="Y">The <c>y</c> attribute as written; null for every numeric column other than x.</param>
public sealed record ChartSpec(ChartKind Kind, string? X, string? Y, string? Alt, string? XTitle, string? YTitle)
{
    /// <summary>The spelling of each kind in a caption.</summary>
    public static IReadOnlyDictionary<string, ChartKind> Names { get; } = new Dictionary<string, ChartKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["bar"] = ChartKind.Bar,
        ["hbar"] = ChartKind.HorizontalBar,
        ["stacked"] = ChartKind.Stacked,
        ["line"] = ChartKind.Line,
    };

    /// <summary>The chart the attributes ask for; null with no problem when they ask for none (no <c>chart=</c>).</summary>
    public static (ChartSpec? Spec, ChartProblem? Problem) From(BlockAttributes attributes)
    {
        if (attributes.Value("chart") is not { } kind) return (null, null);
        if (!Names.TryGetValue(kind.Trim(), out var k))
            return (null, new ChartProblem(DiagnosticCodes.ChartKindUnknown,
                $"unknown chart kind '{kind}'; use one of {string.Join(", ", Names.Keys)}"));
        static string? Given(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        return (new ChartSpec(k, Given(attributes.Value("x")), Given(attributes.Value("y")),
            Given(attributes.Value("chart-alt") ?? attributes.Value("alt")),
            Given(attributes.Value("x-title")), Given(attributes.Value("y-title"))), null);
    }
}
