using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using System.Text;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefGenerator.Theming;

/// <summary>Reads <c>theme.yaml</c> (snake_case keys, every key optional) into a <see cref="Theme"/>.
/// Unknown keys and wrong values are errors located at the YAML line and column.</summary>
public static partial class ThemeLoader
{
    private const DynamicallyAccessedMemberTypes ThemeMembers =
        DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties;

    // Made only when a theme needs YamlDotNet (ThemeFastReader reads the plain ones): building it is reflection too.
    private static IDeserializer Deserializer => LazyInitializer.EnsureInitialized(ref _deserializer, CreateDeserializer);

    private static IDeserializer? _deserializer;

    // YamlDotNet's object deserializer sets properties by reflection. The theme records hold only numbers, strings
    // and nested theme records (no collections, so nothing needs generic types made at run time), and the
    // DynamicDependency attributes on Parse keep their properties in the trimmed native build.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    private static IDeserializer CreateDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The theme YamlDotNet reads from <paramref name="text"/>, ranges unchecked (tests compare
    /// <see cref="ThemeFastReader"/> with it); throws what YamlDotNet throws.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    internal static Theme? ReadWithYamlDotNet(string text) => Deserializer.Deserialize<Theme>(text);

    /// <summary>Largest theme.yaml accepted (1 MiB).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The theme at <paramref name="path"/>, <see cref="Theme.Default"/> when path is null,
    /// or null after reporting an error.</summary>
    /// <param name="root">The folder the theme's real path must be in (links followed); null for anywhere.</param>
    public static Theme? Load(string? path, string displayPath, DiagnosticBag diagnostics, string? root = null)
    {
        if (path is null) return Theme.Default;
        var read = ConfinedFile.Read(path, root, MaxBytes);
        if (!read.Ok)
        {
            var code = read.Code(DiagnosticCodes.ThemeInvalid);
            diagnostics.Error(code, $"cannot read the theme: it {read.Message}", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        if (ThemeCache.Find(path, displayPath, read.Bytes!) is { } known) return known;
        var text = Encoding.UTF8.GetString(read.Bytes!).TrimStart('\uFEFF');
        var before = diagnostics.Count;
        var theme = Parse(text, displayPath, diagnostics);
        // Kept for the next brief when it was read from this file alone and said nothing (see ThemeCache).
        if (theme is not null && diagnostics.Count == before && theme.ReferenceDocx is not { Length: > 0 } && theme.Logo is null)
            ThemeCache.Keep(path, displayPath, read.Bytes!, theme);
        if (theme?.ReferenceDocx is { Length: > 0 } reference
            && !ReferenceDocxCheck.IsUsable(Path.GetDirectoryName(Path.GetFullPath(path))!, reference, KeyAt(ThemeKeySpans.Read(text, displayPath), displayPath, "reference_docx"), diagnostics))
            return null;
        if (theme?.Logo is { } logo)
        {
            // The logo is read from the template folder (links must stay in it), checked like a figure's image.
            var (image, problem) = Images.ImageLoader.Load(logo, Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (image is null)
            {
                diagnostics.Error(problem!.Code, "logo: " + problem.Message, KeyAt(ThemeKeySpans.Read(text, displayPath), displayPath, "logo"));
                return null;
            }
            theme = theme with { LogoImage = image };
        }
        return theme;
    }

    /// <summary>Parses theme YAML text.</summary>
    [DynamicDependency(ThemeMembers, typeof(Theme))]
    [DynamicDependency(ThemeMembers, typeof(PageSetup))]
    [DynamicDependency(ThemeMembers, typeof(FontTheme))]
    [DynamicDependency(ThemeMembers, typeof(ColorTheme))]
    [DynamicDependency(ThemeMembers, typeof(SpacingTheme))]
    [DynamicDependency(ThemeMembers, typeof(TableTheme))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    public static Theme? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        Theme? theme;
        try
        {
            theme = string.IsNullOrWhiteSpace(text) ? Theme.Default
                : ThemeFastReader.TryRead(text) ?? Deserializer.Deserialize<Theme>(text) ?? Theme.Default;
        }
        catch (YamlException ex)
        {
            var msg = (ex.InnerException?.Message ?? ex.Message).Trim();
            var colon = msg.IndexOf("): ", StringComparison.Ordinal);
            if (msg.StartsWith('(') && colon > 0) msg = msg[(colon + 3)..];
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"theme is not valid: {msg}",
                new SourceSpan(displayPath, (int)ex.Start.Line, (int)ex.Start.Column));
            return null;
        }
        // Check the values against the ranges (README, "Limits"), each error at its key's line. The keys' positions
        // take a second pass of the YAML parser, so they are read only when an error needs one.
        IReadOnlyDictionary<string, SourceSpan>? spans = null;
        SourceSpan At(string key) => KeyAt(spans ??= ThemeKeySpans.Read(text, displayPath), displayPath, key);
        if (!ThemeRanges.CheckPresent(theme, At, diagnostics) || !ThemeRanges.CheckNumbers(theme, At, diagnostics)) return null;
        foreach (var (name, value) in Colors(theme))
            if (!HexColor().IsMatch(value))
            {
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"colour '{name}' must be written #RRGGBB, not '{value}'", At(name));
                return null;
            }
        if (!string.Equals(theme.Notes, "footnotes", StringComparison.OrdinalIgnoreCase) && !theme.NotesAsEndnotes())
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"notes must be 'footnotes' or 'endnotes', not '{theme.Notes}'", At("notes"));
            return null;
        }
        if (!FontEmbedding.Modes.Contains(theme.EmbedFonts))
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid,
                $"embed_fonts must be one of {string.Join(", ", FontEmbedding.Modes)}, not '{theme.EmbedFonts}'", At("embed_fonts"));
            return null;
        }
        return theme;
    }

    // The key's own line; for a key left out (a default or a cross-check), its section's line, else the file's top.
    private static SourceSpan KeyAt(IReadOnlyDictionary<string, SourceSpan> spans, string displayPath, string key)
    {
        for (var k = key; ; k = k[..k.LastIndexOf('.')])
        {
            if (spans.TryGetValue(k, out var span)) return span;
            if (!k.Contains('.')) return new SourceSpan(displayPath, 1, 1);
        }
    }

    private static IEnumerable<(string, string)> Colors(Theme t)
    {
        yield return ("colors.text", t.Colors.Text);
        yield return ("colors.accent", t.Colors.Accent);
        yield return ("colors.muted", t.Colors.Muted);
        yield return ("colors.link", t.Colors.Link);
        yield return ("colors.callout_fill", t.Colors.CalloutFill);
        yield return ("colors.callout_rule", t.Colors.CalloutRule);
        yield return ("colors.quote_rule", t.Colors.QuoteRule);
        yield return ("table.header_fill", t.Table.HeaderFill);
        yield return ("table.header_text", t.Table.HeaderText);
        yield return ("table.rule", t.Table.Rule);
        if (t.Table.ZebraFill.Length > 0) yield return ("table.zebra_fill", t.Table.ZebraFill);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
