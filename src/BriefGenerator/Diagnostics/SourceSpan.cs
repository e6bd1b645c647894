namespace BriefGenerator.Diagnostics;

/// <summary>A place in a user's file: path and 1-based line and column. Column 0 means "the whole line".</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span that points at no file, for nodes made by the program itself.</summary>
    public static SourceSpan None { get; } = new("", 0, 0);

    /// <summary>True when the span names a file.</summary>
    public bool IsKnown => File.Length > 0;

    /// <summary>The same file, shifted by a number of lines (a body that starts after the front matter).</summary>
    public SourceSpan WithLineOffset(int lines) => this with { Line = Line + lines };

    public override string ToString() => IsKnown ? $"{File}({Line},{Column})" : "";
}
