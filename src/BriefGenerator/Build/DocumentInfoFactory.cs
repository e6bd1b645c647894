using BriefGenerator.Content;
using BriefGenerator.Document;

namespace BriefGenerator.Build;

/// <summary>Makes the renderers' <see cref="DocumentInfo"/> from a brief's metadata. Dates never come from the clock:
/// SOURCE_DATE_EPOCH when given, else midnight UTC of the brief's date, so outputs are reproducible.</summary>
public static class DocumentInfoFactory
{
    public static DocumentInfo Create(Brief brief, string toolVersion, long? sourceDateEpoch)
    {
        var m = brief.Metadata;
        var stamp = sourceDateEpoch is { } epoch
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : new DateTimeOffset(m.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new DocumentInfo(
            Title: m.Title,
            Subtitle: m.Subtitle,
            ShortTitle: m.ShortTitle ?? m.Title,
            Authors: m.Authors,
            Organization: m.Organization,
            Language: m.Language,
            Date: m.Date,
            Subject: m.Summary is null ? null : InlineText.Plain(m.Summary),
            Keywords: m.Keywords,
            Timestamp: stamp,
            ToolVersion: toolVersion);
    }

    /// <summary>Reads SOURCE_DATE_EPOCH from the environment; null when unset or not a number.</summary>
    public static long? EpochFromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var e) && e >= 0 ? e : null;
}
