using System.Globalization;

namespace BriefGenerator.Theming;

/// <summary>Reads the plain theme.yaml most templates have — top-level keys and one level of sections, each value a
/// plain or quoted scalar on its own line, comments — without YamlDotNet's reflection (5 % of a cold build). Anything
/// else (an unknown or repeated key, a value that is not a plain number, <c>true</c>/<c>false</c> or string for its
/// key, flow or block collections, anchors, tags, escapes, tabs, CR) gives null, and <see cref="ThemeLoader"/> reads the
/// file with YamlDotNet as before, so every diagnostic is YamlDotNet's own. Accepted files give the theme YamlDotNet
/// gives (a test compares them).</summary>
internal static class ThemeFastReader
{
    private delegate bool Setter(Theme theme, Value value, out Theme result);

    /// <summary>A scalar as written: its text and whether it was quoted.</summary>
    private readonly record struct Value(string Text, bool Quoted);

    /// <summary>The theme, or null when the file needs the full YAML reader.</summary>
    public static Theme? TryRead(string text)
    {
        if (text.Contains('\t') || text.Contains('\r')) return null;
        var theme = Theme.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        var sectionIndent = -1;
        var sectionHasKeys = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd(' ');
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content[0] == '#') continue;
            var indent = line.Length - content.Length;
            var colon = content.IndexOf(':');
            if (colon <= 0 || !IsKey(content.AsSpan(0, colon))) return null;
            var key = content[..colon];
            var rest = content[(colon + 1)..];
            if (rest.Length > 0 && rest[0] != ' ') return null;
            if (!Scalar(rest.Trim(' '), out var value)) return null;
            if (indent == 0)
            {
                if (section is not null && !sectionHasKeys) return null;
                section = null;
                if (!seen.Add(key)) return null;
                if (value is null)
                {
                    if (!Sections.Contains(key)) return null;
                    (section, sectionIndent, sectionHasKeys) = (key, -1, false);
                    continue;
                }
                if (!TopLevel.TryGetValue(key, out var set) || !set(theme, value.Value, out theme)) return null;
                continue;
            }
            if (section is null || value is null) return null;
            if (sectionIndent < 0) sectionIndent = indent;
            if (indent != sectionIndent || !seen.Add(section + "." + key)) return null;
            sectionHasKeys = true;
            if (!Nested.TryGetValue(section + "." + key, out var setNested) || !setNested(theme, value.Value, out theme)) return null;
        }
        return section is not null && !sectionHasKeys || seen.Count == 0 ? null : theme;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')) return false;
        return true;
    }

    // A value after "key:": none (a section follows), a quoted string without escapes, or a plain one-line scalar,
    // each with an optional comment after it.
    private static bool Scalar(string rest, out Value? value)
    {
        value = null;
        if (rest.Length == 0 || rest[0] == '#') return true;
        if (rest[0] is '"' or '\'')
        {
            var end = rest.IndexOf(rest[0], 1);
            if (end < 0) return false;
            var inner = rest[1..end];
            var after = rest[(end + 1)..].TrimStart(' ');
            if (inner.Contains('\\') || inner.Contains('"') || inner.Contains('\'') || inner.Contains('\n')) return false;
            if (after.Length > 0 && (after[0] != '#' || end + 1 == rest.Length - after.Length)) return false;
            value = new Value(inner, true);
            return true;
        }
        if ("-?:,[]{}&*!|>%@`".Contains(rest[0]) && !(rest[0] == '-' && rest.Length > 1 && char.IsAsciiDigit(rest[1]))) return false;
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        var plain = (comment < 0 ? rest : rest[..comment]).TrimEnd(' ');
        if (plain.Contains(':') || plain.Contains('#') || plain.Contains('"') || plain.Contains('\'')) return false;
        value = new Value(plain, false);
        return true;
    }

    private static bool Number(Value v, out double number)
    {
        number = 0;
        var s = v.Text;
        if (v.Quoted || s.Length == 0) return false;
        var i = s[0] == '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (var j = i; j < s.Length; j++)
        {
            if (s[j] is >= '0' and <= '9') digits++;
            else if (s[j] == '.' && !dot && digits > 0 && j + 1 < s.Length) dot = true;
            else return false;
        }
        if (digits == 0 || s.Length > i + 1 && s[i] == '0' && s[i + 1] != '.') return false;
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private static bool Integer(Value v, out int number)
    {
        number = 0;
        return Number(v, out var d) && !v.Text.Contains('.') && int.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }

    private static bool Boolean(Value v, out bool b)
    {
        b = v.Text == "true";
        return !v.Quoted && (v.Text is "true" or "false");
    }

    // A string key's plain value must not read as anything but a string (null, a boolean, a number).
    private static bool Text(Value v, out string s)
    {
        s = v.Text;
        if (v.Quoted) return true;
        var lower = s.ToLowerInvariant();
        return s.Length > 0 && lower is not ("null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n")
            && !(s[0] is (>= '0' and <= '9') or '-' or '+' or '.');
    }

    private static Setter D(Func<Theme, double, Theme> set) => (Theme t, Value v, out Theme r) => { r = t; if (!Number(v, out var d)) return false; r = set(t, d); return true; };
    private static Setter I(Func<Theme, int, Theme> set) => (Theme t, Value v, out Theme r) => { r = t; if (!Integer(v, out var i)) return false; r = set(t, i); return true; };
    private static Setter B(Func<Theme, bool, Theme> set) => (Theme t, Value v, out Theme r) => { r = t; if (!Boolean(v, out var b)) return false; r = set(t, b); return true; };
    private static Setter S(Func<Theme, string, Theme> set) => (Theme t, Value v, out Theme r) => { r = t; if (!Text(v, out var s)) return false; r = set(t, s); return true; };

    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal) { "page", "fonts", "colors", "spacing", "table" };

    private static readonly Dictionary<string, Setter> TopLevel = new(StringComparer.Ordinal)
    {
        ["header"] = S((t, v) => t with { Header = v }),
        ["footer"] = S((t, v) => t with { Footer = v }),
        ["justify"] = B((t, v) => t with { Justify = v }),
        ["hyphenate"] = B((t, v) => t with { Hyphenate = v }),
        ["justify_max_stretch"] = D((t, v) => t with { JustifyMaxStretch = v }),
        ["smart_quotes"] = B((t, v) => t with { SmartQuotes = v }),
        ["toc"] = B((t, v) => t with { Toc = v }),
        ["max_pages"] = I((t, v) => t with { MaxPages = v }),
        ["embed_fonts"] = S((t, v) => t with { EmbedFonts = v }),
        ["reference_docx"] = S((t, v) => t with { ReferenceDocx = v }),
        ["notes"] = S((t, v) => t with { Notes = v }),
        ["logo"] = S((t, v) => t with { Logo = v }),
        ["logo_width"] = D((t, v) => t with { LogoWidth = v }),
    };

    private static readonly Dictionary<string, Setter> Nested = new(StringComparer.Ordinal)
    {
        ["page.width"] = D((t, v) => t with { Page = t.Page with { Width = v } }),
        ["page.height"] = D((t, v) => t with { Page = t.Page with { Height = v } }),
        ["page.margin_top"] = D((t, v) => t with { Page = t.Page with { MarginTop = v } }),
        ["page.margin_bottom"] = D((t, v) => t with { Page = t.Page with { MarginBottom = v } }),
        ["page.margin_left"] = D((t, v) => t with { Page = t.Page with { MarginLeft = v } }),
        ["page.margin_right"] = D((t, v) => t with { Page = t.Page with { MarginRight = v } }),
        ["fonts.body"] = S((t, v) => t with { Fonts = t.Fonts with { Body = v } }),
        ["fonts.heading"] = S((t, v) => t with { Fonts = t.Fonts with { Heading = v } }),
        ["fonts.mono"] = S((t, v) => t with { Fonts = t.Fonts with { Mono = v } }),
        ["fonts.body_size"] = D((t, v) => t with { Fonts = t.Fonts with { BodySize = v } }),
        ["fonts.title_size"] = D((t, v) => t with { Fonts = t.Fonts with { TitleSize = v } }),
        ["fonts.subtitle_size"] = D((t, v) => t with { Fonts = t.Fonts with { SubtitleSize = v } }),
        ["fonts.h1_size"] = D((t, v) => t with { Fonts = t.Fonts with { H1Size = v } }),
        ["fonts.h2_size"] = D((t, v) => t with { Fonts = t.Fonts with { H2Size = v } }),
        ["fonts.h3_size"] = D((t, v) => t with { Fonts = t.Fonts with { H3Size = v } }),
        ["fonts.table_size"] = D((t, v) => t with { Fonts = t.Fonts with { TableSize = v } }),
        ["fonts.caption_size"] = D((t, v) => t with { Fonts = t.Fonts with { CaptionSize = v } }),
        ["fonts.small_size"] = D((t, v) => t with { Fonts = t.Fonts with { SmallSize = v } }),
        ["fonts.line_height"] = D((t, v) => t with { Fonts = t.Fonts with { LineHeight = v } }),
        ["colors.text"] = S((t, v) => t with { Colors = t.Colors with { Text = v } }),
        ["colors.accent"] = S((t, v) => t with { Colors = t.Colors with { Accent = v } }),
        ["colors.muted"] = S((t, v) => t with { Colors = t.Colors with { Muted = v } }),
        ["colors.link"] = S((t, v) => t with { Colors = t.Colors with { Link = v } }),
        ["colors.callout_fill"] = S((t, v) => t with { Colors = t.Colors with { CalloutFill = v } }),
        ["colors.callout_rule"] = S((t, v) => t with { Colors = t.Colors with { CalloutRule = v } }),
        ["colors.quote_rule"] = S((t, v) => t with { Colors = t.Colors with { QuoteRule = v } }),
        ["spacing.paragraph_after"] = D((t, v) => t with { Spacing = t.Spacing with { ParagraphAfter = v } }),
        ["spacing.heading_before"] = D((t, v) => t with { Spacing = t.Spacing with { HeadingBefore = v } }),
        ["spacing.heading_after"] = D((t, v) => t with { Spacing = t.Spacing with { HeadingAfter = v } }),
        ["spacing.list_indent"] = D((t, v) => t with { Spacing = t.Spacing with { ListIndent = v } }),
        ["spacing.list_item_after"] = D((t, v) => t with { Spacing = t.Spacing with { ListItemAfter = v } }),
        ["spacing.block_gap"] = D((t, v) => t with { Spacing = t.Spacing with { BlockGap = v } }),
        ["spacing.callout_padding"] = D((t, v) => t with { Spacing = t.Spacing with { CalloutPadding = v } }),
        ["table.header_fill"] = S((t, v) => t with { Table = t.Table with { HeaderFill = v } }),
        ["table.header_text"] = S((t, v) => t with { Table = t.Table with { HeaderText = v } }),
        ["table.zebra_fill"] = S((t, v) => t with { Table = t.Table with { ZebraFill = v } }),
        ["table.rule"] = S((t, v) => t with { Table = t.Table with { Rule = v } }),
        ["table.rule_width"] = D((t, v) => t with { Table = t.Table with { RuleWidth = v } }),
        ["table.cell_padding"] = D((t, v) => t with { Table = t.Table with { CellPadding = v } }),
        ["table.min_rows_split"] = I((t, v) => t with { Table = t.Table with { MinRowsSplit = v } }),
        ["table.breakout"] = D((t, v) => t with { Table = t.Table with { Breakout = v } }),
    };
}
