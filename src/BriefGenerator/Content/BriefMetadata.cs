namespace BriefGenerator.Content;

/// <summary>The front matter of a brief, validated.</summary>
public sealed record BriefMetadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>Short title for running headers; defaults to the title.</summary>
    public string? ShortTitle { get; init; }
    public required DateOnly Date { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = Array.Empty<string>();
    public string? Organization { get; init; }
    /// <summary>BCP 47 language tag; <c>en-US</c> when not given.</summary>
    public string Language { get; init; } = "en-US";
    /// <summary>Executive summary, Markdown.</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<string> KeyPoints { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Keywords { get; init; } = Array.Empty<string>();
    /// <summary>Template names; <c>[policy-brief]</c> when not given.</summary>
    public IReadOnlyList<string> Templates { get; init; } = new[] { "policy-brief" };
}
