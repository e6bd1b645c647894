namespace BriefGenerator.Build;

/// <summary>What to build and where.</summary>
public sealed record BuildOptions
{
    public string ContentFolder { get; init; } = "content";
    public string TemplatesFolder { get; init; } = "templates";
    public string OutputFolder { get; init; } = "out";
    /// <summary>Only these slugs; all briefs when empty.</summary>
    public IReadOnlyList<string> Slugs { get; init; } = Array.Empty<string>();
    /// <summary>"pdf", "docx" or both.</summary>
    public IReadOnlyList<string> Formats { get; init; } = new[] { "pdf", "docx" };
    /// <summary>Check only: run every stage but write nothing.</summary>
    public bool DryRun { get; init; }
    /// <summary>Briefs built at once; 0 means one per core.</summary>
    public int Parallelism { get; init; }
    /// <summary>Written as the PDF creator and into the report.</summary>
    public string ToolVersion { get; init; } = "0.0.0";
    /// <summary>Rebuild every brief even when its inputs are unchanged.</summary>
    public bool Force { get; init; }
    /// <summary>Re-read and SHA-256-hash every cached output instead of trusting its stored size and last-write time.</summary>
    public bool Verify { get; init; }
    /// <summary>Treat warnings as errors: a brief with a warning fails and writes nothing.</summary>
    public bool WarnAsError { get; init; }
    /// <summary>Build only this shard of the briefs (see <see cref="Shard"/>); null for all.</summary>
    public Shard? Shard { get; init; }
    /// <summary>Where to write the JSON build report; null for <c>&lt;out&gt;/build-report.json</c>.</summary>
    public string? ReportPath { get; init; }
    /// <summary>Seconds since 1970 for every date written into outputs (SOURCE_DATE_EPOCH); null: the brief's date.</summary>
    public long? SourceDateEpoch { get; init; }
    /// <summary>Also write <c>&lt;template&gt;.redline.docx</c> with tracked changes against the brief at this git revision; null: no redline.</summary>
    public string? RedlineRevision { get; init; }
    /// <summary>Build changed briefs in worker processes started this way, when there are enough of them; null: in this
    /// process (always for <c>watch</c>, a dry run and a redline build).</summary>
    public WorkerLaunch? Workers { get; init; }
}
