using System.Text.RegularExpressions;
using Markdig.Syntax;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Document.Parsing;

/// <summary>What an HTML block becomes: a comment nothing; an image alone its alt text (until figures are supported);
/// any other HTML (<c>&lt;table&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;details&gt;</c>) its source, kept as literal
/// lines so no word is lost. The content loader names each with a warning.</summary>
internal static partial class HtmlBlocks
{
    public static Block? Convert(HtmlBlock html, SourceSpan span)
    {
        if (html.Type == HtmlBlockType.Comment) return null;
        var source = html.Lines.ToString().TrimEnd('\n');
        if (LoneImage().IsMatch(source))
        {
            var alt = HtmlTagMark.AttributeOf(source, "alt");
            return string.IsNullOrWhiteSpace(alt) ? null : new Paragraph(new Inline[] { new Text(alt) }, null, span);
        }
        var runs = new List<Inline>();
        foreach (var line in source.Split('\n'))
        {
            if (runs.Count > 0) runs.Add(new LineBreak());
            runs.Add(new Code(line));
        }
        return new Paragraph(runs, "code", span);
    }

    /// <summary>True when the block is one <c>&lt;img&gt;</c> tag and nothing else.</summary>
    public static bool IsLoneImage(string source) => LoneImage().IsMatch(source.Trim());

    [GeneratedRegex(@"^\s*<img\b[^<>]*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneImage();
}
