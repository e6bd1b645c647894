using Markdig.Syntax;

namespace BriefGenerator.Content;

/// <summary>The Markdig parse of a brief's body, handed once to the next parse of the same text: the change snapshot
/// parses the body again while the brief renders, and for a big table that parse is most of its cost. Held until it is
/// taken or released (the build releases it once the brief's first template has its document, so a build that takes
/// no snapshot does not keep the tree through rendering); a taker that comes later, or whose text differs (the file
/// changed on disk), parses for itself. Nothing reads or changes the tree in between: the content loader is done with it.</summary>
public sealed class ParsedBody
{
    /// <summary>Rows from which a table counts as long: a body with one is not kept (the document parser's
    /// <c>DeferredRows.MinRows</c>, from which it reads a table's rows a slice at a time).</summary>
    public const int LongTableRows = 512;

    private Parse? _parse;

    internal ParsedBody(string text, MarkdownDocument document) => _parse = new Parse(text, document);

    /// <summary>The parse of <paramref name="text"/> if it is still held, at most once; null otherwise.</summary>
    internal MarkdownDocument? Take(string text) =>
        Interlocked.Exchange(ref _parse, null) is { } parse && string.Equals(parse.Text, text, StringComparison.Ordinal) ? parse.Document : null;

    /// <summary>Lets the parse go, if no one has taken it.</summary>
    internal void Release() => Interlocked.Exchange(ref _parse, null);

    private sealed record Parse(string Text, MarkdownDocument Document);
}
