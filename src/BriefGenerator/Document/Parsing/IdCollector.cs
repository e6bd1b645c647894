using BriefGenerator.Content;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

namespace BriefGenerator.Document.Parsing;

/// <summary>First pass over the markup: gives every heading its id (explicit <c>{#id}</c> or derived from the title,
/// made unique) and collects table ids from captions and figure ids from their attributes, so links can be resolved in the second pass.</summary>
internal sealed class IdCollector
{
    private readonly string _markup;

    public IdCollector(string markup) => _markup = markup;

    public Dictionary<HeadingBlock, string> HeadingIds { get; } = new();

    public HashSet<string> All { get; } = new(StringComparer.Ordinal);

    public void Collect(MarkdownDocument doc)
    {
        foreach (var block in doc.Descendants())
        {
            switch (block)
            {
                case HeadingBlock h:
                    var source = h.Inline is null ? "" : _markup[h.Inline.Span.Start..Math.Min(_markup.Length, h.Inline.Span.End + 1)];
                    var (title, attrs) = BlockAttributes.Split(source.Trim());
                    HeadingIds[h] = attrs.Id is { } id && All.Add(id) ? id : Identifiers.Unique(Identifiers.FromTitle(InlineText.Plain(title)), All);
                    break;
                case MdTable t when CaptionFinder.Find(_markup, t).Caption?.Id is { } tid:
                    All.Add(tid);
                    break;
                case ParagraphBlock p when FigureSyntax.Find(_markup, p)?.Attributes.Id is { } fid:
                    All.Add(fid);
                    break;
            }
        }
    }
}
