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

    /// <summary>Largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z, the last second a date can show.</summary>
    public const long MaxEpoch = 253_402_300_799;

    /// <summary>Reads SOURCE_DATE_EPOCH from the environment; null when unset or empty.</summary>
    /// <exception cref="FormatException">When it is set but not whole seconds from 0 to <see cref="MaxEpoch"/>
    /// (callers report it as BG081).</exception>
    public static long? EpochFromEnvironment() => ParseEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    /// <summary>Parses a SOURCE_DATE_EPOCH value; see <see cref="EpochFromEnvironment"/>.</summary>
    public static long? ParseEpoch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var e) && e <= MaxEpoch)
            return e;
        throw new FormatException(
            $"SOURCE_DATE_EPOCH is '{(text.Length > 40 ? text[..40] + "…" : text)}'; it must be whole seconds since 1970-01-01 UTC, from 0 to {MaxEpoch} (9999-12-31), or unset");
    }
}
