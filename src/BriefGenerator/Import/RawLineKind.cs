namespace BriefGenerator.Import;

/// <summary>What one line of a raw article looks like on its own, before its neighbours are considered.</summary>
public enum RawLineKind
{
    /// <summary>Empty or whitespace only.</summary>
    Blank,
    /// <summary>Prose: a paragraph, or a heading if it is short and followed by content.</summary>
    Text,
    /// <summary><c>- item</c>, <c>* item</c> or <c>• item</c>.</summary>
    Bullet,
    /// <summary><c>1. item</c> or <c>1) item</c>.</summary>
    Numbered,
    /// <summary>A line with a pipe: a table row when a delimiter row follows its header.</summary>
    TableRow,
    /// <summary><c>---|---|</c>, <c>|:--|--:|</c>: the row under a table's header.</summary>
    TableDelimiter,
    /// <summary><c>---</c>, <c>***</c>, <c>===</c>: a horizontal rule, which carries no text.</summary>
    Rule,
    /// <summary>A Markdown <c># Heading</c> already in the raw text.</summary>
    MarkdownHeading,
}
