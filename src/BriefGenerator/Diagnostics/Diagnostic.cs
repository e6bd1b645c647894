namespace BriefGenerator.Diagnostics;

/// <summary>One message about something a user wrote, located in their file.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    /// <summary>Formats as <c>path(line,col): error CODE: message</c>, the shape compilers and editors understand.</summary>
    public override string ToString()
    {
        var sev = Severity == Severity.Error ? "error" : "warning";
        if (!Span.IsKnown) return $"brief: {sev} {Code}: {Message}";
        var col = Math.Max(Span.Column, 1);
        var line = Math.Max(Span.Line, 1);
        return $"{Span.File}({line},{col}): {sev} {Code}: {Message}";
    }
}
