using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace BriefGenerator.Content;

/// <summary>The one Markdig pipeline that both brief content and template output are parsed with:
/// CommonMark, GFM pipe tables, grid tables (cells spanning columns and rows), <c>:::</c> custom containers,
/// footnotes (<c>[^id]</c>), superscript <c>^x^</c> and subscript <c>~x~</c>, definition lists, task lists, math (read
/// so it can be named, not typeset), precise source positions.</summary>
public static class MarkdownSyntax
{
    /// <summary>The shared, thread-safe pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseCustomContainers()
        .UseEmphasisExtras(EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript)
        .UseDefinitionLists()
        .UseTaskLists()
        .UseMathematics()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses Markdown with the shared pipeline.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Parses Markdown; null when Markdig refuses it as nested too deeply (inline emphasis or brackets thousands
    /// deep). <paramref name="line"/> is then the 0-based line where the offending block starts.</summary>
    public static MarkdownDocument? TryParse(string markdown, out int line)
    {
        line = 0;
        try { return Parse(markdown); }
        catch (ArgumentException)
        {
            // Markdig's depth guard. Find the block (text between blank lines) it trips on, to point there.
            var lines = markdown.Split('\n');
            for (int start = 0, i = 0; i <= lines.Length; i++)
            {
                if (i < lines.Length && lines[i].Trim().Length > 0) continue;
                if (i > start && !ParsesAlone(string.Join('\n', lines[start..i])))
                {
                    line = start;
                    break;
                }
                start = i + 1;
            }
            return null;
        }
    }

    private static bool ParsesAlone(string block)
    {
        try { Parse(block); return true; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>The source text of a node, from its span.</summary>
    public static string SourceOf(string markdown, MarkdownObject node) => SourceSpanOf(markdown, node).ToString();

    /// <summary>As <see cref="SourceOf"/>, read in place (nothing copied out of the document).</summary>
    public static ReadOnlySpan<char> SourceSpanOf(string markdown, MarkdownObject node)
    {
        var start = Math.Clamp(node.Span.Start, 0, markdown.Length);
        var end = Math.Clamp(node.Span.End + 1, start, markdown.Length);
        return markdown.AsSpan(start, end - start);
    }
}
