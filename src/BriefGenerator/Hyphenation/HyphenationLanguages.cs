using System.Collections.Concurrent;

namespace BriefGenerator.Hyphenation;

/// <summary>The hyphenation pattern sets shipped in the assembly (hyph-utf8; <c>Hyphenation/Patterns/README.md</c>) and
/// which BCP 47 language uses which: en-US (and any other English), en-GB (with en-AU, en-NZ, en-IE, en-ZA, en-IN),
/// ru, de (reformed spelling), fr. Each set is loaded once, when a brief first needs it.</summary>
internal static class HyphenationLanguages
{
    private static readonly string[] British = { "gb", "uk", "au", "nz", "ie", "za", "in" };
    private static readonly ConcurrentDictionary<string, Lazy<Hyphenator>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The pattern set names shipped, e.g. <c>en-us</c>.</summary>
    public static IReadOnlyList<string> PatternSets { get; } = new[] { "en-us", "en-gb", "ru", "de-1996", "fr" };

    /// <summary>The hyphenator for a BCP 47 tag, or null when no patterns are shipped for its language.</summary>
    public static Hyphenator? For(string? language)
    {
        var set = PatternSetFor(language);
        return set is null ? null : Loaded.GetOrAdd(set, s => new Lazy<Hyphenator>(() => Load(s))).Value;
    }

    /// <summary>The pattern set a BCP 47 tag uses, or null.</summary>
    public static string? PatternSetFor(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var parts = language.Trim().ToLowerInvariant().Split('-', '_');
        return parts[0] switch
        {
            "en" => parts.Skip(1).Any(p => British.Contains(p)) ? "en-gb" : "en-us",
            "ru" => "ru",
            "de" => "de-1996",
            "fr" => "fr",
            _ => null,
        };
    }

    private static Hyphenator Load(string set)
    {
        var (left, right) = set.StartsWith("en", StringComparison.Ordinal) ? (2, 3) : (2, 2);
        var patterns = new LiangPatterns(Resource($"hyph-{set}.pat.txt") ?? "", Resource($"hyph-{set}.hyp.txt") ?? "");
        return new Hyphenator(set, patterns, left, right);
    }

    private static string? Resource(string name)
    {
        using var stream = typeof(HyphenationLanguages).Assembly.GetManifestResourceStream("hyph/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
