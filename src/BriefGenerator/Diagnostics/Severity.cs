namespace BriefGenerator.Diagnostics;

/// <summary>How bad a diagnostic is. Errors stop a brief from being written; warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
