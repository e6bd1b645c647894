using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using BriefGenerator.Diagnostics;
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

    private static readonly IDeserializer Deserializer = CreateDeserializer();

    // YamlDotNet's object deserializer sets properties by reflection. The theme records hold only numbers, strings
    // and nested theme records (no collections, so nothing needs generic types made at run time), and the
    // DynamicDependency attributes on Parse keep their properties in the trimmed native build.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Theme types are plain records rooted by DynamicDependency.")]
    private static IDeserializer CreateDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The theme at <paramref name="path"/>, <see cref="Theme.Default"/> when path is null,
    /// or null after reporting an error.</summary>
    public static Theme? Load(string? path, string displayPath, DiagnosticBag diagnostics)
    {
        if (path is null) return Theme.Default;
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"cannot read the theme: {ex.Message}", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        return Parse(text, displayPath, diagnostics);
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
            theme = string.IsNullOrWhiteSpace(text) ? Theme.Default : Deserializer.Deserialize<Theme>(text) ?? Theme.Default;
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
        foreach (var (name, value) in Colors(theme))
            if (!HexColor().IsMatch(value))
            {
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"colour '{name}' must be written #RRGGBB, not '{value}'", new SourceSpan(displayPath, 1, 1));
                return null;
            }
        if (!string.Equals(theme.Notes, "footnotes", StringComparison.OrdinalIgnoreCase) && !theme.NotesAsEndnotes())
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"notes must be 'footnotes' or 'endnotes', not '{theme.Notes}'", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        if (theme.Table.MinRowsSplit is < 1 or > 10)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"table.min_rows_split must be between 1 and 10, not {theme.Table.MinRowsSplit}", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        if (theme.Page.ContentWidth < 72 || theme.Page.ContentHeight < 144)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, "page margins leave less than 1 x 2 inches for text", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        return theme;
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
