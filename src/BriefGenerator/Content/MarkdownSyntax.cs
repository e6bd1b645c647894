using Markdig;
using Markdig.Syntax;

namespace BriefGenerator.Content;

/// <summary>The one Markdig pipeline that both brief content and template output are parsed with:
/// CommonMark, GFM pipe tables, <c>:::</c> custom containers, footnotes (<c>[^id]</c>), precise source positions.</summary>
public static class MarkdownSyntax
{
    /// <summary>The shared, thread-safe pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses Markdown with the shared pipeline.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>The source text of a node, from its span.</summary>
    public static string SourceOf(string markdown, MarkdownObject node)
    {
        var start = Math.Clamp(node.Span.Start, 0, markdown.Length);
        var end = Math.Clamp(node.Span.End + 1, start, markdown.Length);
        return markdown[start..end];
    }
}
