using System.Globalization;
using BriefGenerator.Diagnostics;

namespace BriefGenerator.Theming;

/// <summary>The ranges theme numbers must lie in (README, "Limits"), checked after loading so that no value can make
/// invisible, overlapping or broken output (NaN in the PDF, a negative margin in the DOCX).</summary>
internal static class ThemeRanges
{
    /// <summary>Largest page side in points: 22 inches, the largest page Word allows (31,680 twips).</summary>
    public const double MaxPageSide = 1584;

    private static readonly (string Key, Func<Theme, double> Get, double Min, double Max)[] Numbers =
    {
        ("page.width", t => t.Page.Width, 144, MaxPageSide),
        ("page.height", t => t.Page.Height, 144, MaxPageSide),
        ("page.margin_top", t => t.Page.MarginTop, 0, MaxPageSide),
        ("page.margin_bottom", t => t.Page.MarginBottom, 0, MaxPageSide),
        ("page.margin_left", t => t.Page.MarginLeft, 0, MaxPageSide),
        ("page.margin_right", t => t.Page.MarginRight, 0, MaxPageSide),
        ("fonts.body_size", t => t.Fonts.BodySize, 4, 48),
        ("fonts.title_size", t => t.Fonts.TitleSize, 4, 96),
        ("fonts.subtitle_size", t => t.Fonts.SubtitleSize, 4, 96),
        ("fonts.h1_size", t => t.Fonts.H1Size, 4, 96),
        ("fonts.h2_size", t => t.Fonts.H2Size, 4, 96),
        ("fonts.h3_size", t => t.Fonts.H3Size, 4, 96),
        ("fonts.table_size", t => t.Fonts.TableSize, 4, 24),
        ("fonts.caption_size", t => t.Fonts.CaptionSize, 4, 36),
        ("fonts.small_size", t => t.Fonts.SmallSize, 4, 24),
        ("fonts.line_height", t => t.Fonts.LineHeight, 0.8, 3),
        ("spacing.paragraph_after", t => t.Spacing.ParagraphAfter, 0, 144),
        ("spacing.heading_before", t => t.Spacing.HeadingBefore, 0, 144),
        ("spacing.heading_after", t => t.Spacing.HeadingAfter, 0, 144),
        ("spacing.list_indent", t => t.Spacing.ListIndent, 0, 144),
        ("spacing.list_item_after", t => t.Spacing.ListItemAfter, 0, 144),
        ("spacing.block_gap", t => t.Spacing.BlockGap, 0, 144),
        ("spacing.callout_padding", t => t.Spacing.CalloutPadding, 0, 72),
        ("table.rule_width", t => t.Table.RuleWidth, 0, 10),
        ("table.cell_padding", t => t.Table.CellPadding, 0, 36),
        ("table.min_rows_split", t => t.Table.MinRowsSplit, 1, 10),
        ("table.breakout", t => t.Table.Breakout, 0, 288),
        ("justify_max_stretch", t => t.JustifyMaxStretch, 0, 5),
        ("logo_width", t => t.LogoWidth, 12, 400),
    };

    private static readonly (string Key, Func<Theme, string?> Get)[] Texts =
    {
        ("fonts.body", t => t.Fonts.Body), ("fonts.heading", t => t.Fonts.Heading), ("fonts.mono", t => t.Fonts.Mono),
        ("header", t => t.Header), ("footer", t => t.Footer),
        ("colors.text", t => t.Colors.Text), ("colors.accent", t => t.Colors.Accent), ("colors.muted", t => t.Colors.Muted),
        ("colors.link", t => t.Colors.Link), ("colors.callout_fill", t => t.Colors.CalloutFill),
        ("colors.callout_rule", t => t.Colors.CalloutRule), ("colors.quote_rule", t => t.Colors.QuoteRule),
        ("table.header_fill", t => t.Table.HeaderFill), ("table.header_text", t => t.Table.HeaderText),
        ("table.zebra_fill", t => t.Table.ZebraFill), ("table.rule", t => t.Table.Rule),
    };

    /// <summary>The theme's sub-records and texts are all present (a key written with no value sets null).</summary>
    public static bool CheckPresent(Theme theme, Func<string, SourceSpan> at, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (key, section) in new (string, object?)[] { ("page", theme.Page), ("fonts", theme.Fonts), ("colors", theme.Colors), ("spacing", theme.Spacing), ("table", theme.Table) })
            if (section is null) { diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"'{key}' has no value: give its keys or leave it out", at(key)); ok = false; }
        if (!ok) return false;
        foreach (var (key, get) in Texts)
            if (get(theme) is null)
            {
                diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"'{key}' has no value: give one or leave the key out (\"\" for none where that is allowed)", at(key));
                ok = false;
            }
        return ok;
    }

    /// <summary>Every number in its range, the text area at least 1 × 2 inches, and three lines of every size fitting
    /// on a page. Errors point at the key's line.</summary>
    public static bool CheckNumbers(Theme theme, Func<string, SourceSpan> at, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (key, get, min, max) in Numbers)
        {
            var value = get(theme);
            if (value >= min && value <= max) continue; // false for NaN
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"'{key}' is {Show(value)}; it must be between {Show(min)} and {Show(max)}", at(key));
            ok = false;
        }
        if (theme.MaxPages is < 1 or > 5000)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid, $"'max_pages' is {theme.MaxPages}; it must be between 1 and 5000", at("max_pages"));
            ok = false;
        }
        if (!ok) return false;
        var page = theme.Page;
        if (page.ContentWidth < 72 || page.ContentHeight < 144)
        {
            var key = page.ContentWidth < 72 ? (page.MarginLeft >= page.MarginRight ? "page.margin_left" : "page.margin_right")
                : page.MarginTop >= page.MarginBottom ? "page.margin_top" : "page.margin_bottom";
            diagnostics.Error(DiagnosticCodes.ThemeInvalid,
                $"page margins leave {Show(page.ContentWidth)} x {Show(page.ContentHeight)} pt for text; at least 72 x 144 pt (1 x 2 inches) is needed", at(key));
            return false;
        }
        // The running header is set 30 pt above the text area, the footer 18 pt below it: they must stay on the page.
        if (theme.Header.Length > 0 && page.MarginTop < HeaderRoom)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid,
                $"'page.margin_top' is {Show(page.MarginTop)}; the running header needs at least {Show(HeaderRoom)} pt (or set header: \"\")", at("page.margin_top"));
            return false;
        }
        var footerRoom = FooterRoom(theme);
        if (theme.Footer.Length > 0 && page.MarginBottom < footerRoom)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid,
                $"'page.margin_bottom' is {Show(page.MarginBottom)}; the running footer needs at least {Show(footerRoom)} pt (or set footer: \"\")", at("page.margin_bottom"));
            return false;
        }
        var (sizeKey, size) = Numbers.Where(n => n.Key.EndsWith("_size", StringComparison.Ordinal)).Select(n => (n.Key, n.Get(theme))).MaxBy(n => n.Item2);
        if (size * theme.Fonts.LineHeight * 3 > page.ContentHeight)
        {
            diagnostics.Error(DiagnosticCodes.ThemeInvalid,
                $"'{sizeKey}' {Show(size)} with line_height {Show(theme.Fonts.LineHeight)} is too large for the page: three lines must fit in the {Show(page.ContentHeight)} pt text area",
                at(sizeKey));
            return false;
        }
        return true;
    }

    /// <summary>Top margin a running header needs.</summary>
    public const double HeaderRoom = 30;

    /// <summary>Bottom margin a running footer needs: its 18 pt gap and one line of small text.</summary>
    public static double FooterRoom(Theme theme) => Math.Ceiling(18 + theme.Fonts.SmallSize * theme.Fonts.LineHeight + 4);

    private static string Show(double value) =>
        value.ToString(Math.Abs(value) >= 1e6 ? "G4" : "0.###", CultureInfo.InvariantCulture);
}
