namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>One indirect object: its value and, for a stream, its raw (still encoded) data.</summary>
public sealed record RawObject(int Number, object? Value, byte[]? StreamData)
{
    /// <summary>The value as a dictionary (a stream's dictionary), or null.</summary>
    public Dictionary<string, object?>? Dict => Value as Dictionary<string, object?>;
}
