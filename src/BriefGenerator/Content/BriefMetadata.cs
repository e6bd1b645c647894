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
    /// <summary>The series the brief belongs to, e.g. "Policy Brief" (printed on the cover with <see cref="Number"/>).</summary>
    public string? Series { get; init; }
    /// <summary>The brief's number in its series, as written (e.g. "14" or "2026/3").</summary>
    public string? Number { get; init; }
    /// <summary>About the authors, Markdown (the back page).</summary>
    public string? About { get; init; }
    /// <summary>The licence line, e.g. "© 2026 Institute for Tests. CC BY 4.0." (the back page).</summary>
    public string? License { get; init; }
    /// <summary>Path of a logo image beside brief.md, passed to templates as <c>brief.logo</c> and not drawn: the logo on the
    /// cover and in the running head is the theme's (<see cref="Theming.Theme.Logo"/>).</summary>
    public string? Logo { get; init; }
    /// <summary>Template names; <c>[policy-brief]</c> when not given.</summary>
    public IReadOnlyList<string> Templates { get; init; } = new[] { "policy-brief" };
}
