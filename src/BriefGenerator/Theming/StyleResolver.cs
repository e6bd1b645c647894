namespace BriefGenerator.Theming;

/// <summary>Resolves a <see cref="Theme"/> into its <see cref="StyleSet"/>, once per render. This is the only place
/// where theme numbers become style numbers (sizes, colours, line heights, spacing, indents, keeps).</summary>
public static class StyleResolver
{
    /// <summary>Line height of headings, titles and table text, as a multiple of the size.</summary>
    public const double TightLineHeight = 1.2;

    /// <summary>The style set of a theme.</summary>
    public static StyleSet Resolve(Theme theme)
    {
        var f = theme.Fonts;
        var c = theme.Colors;
        var s = theme.Spacing;
        StyleRole Role(string name, string family, double size, string color, FontStyle style = FontStyle.Regular) =>
            new() { Name = name, Family = family, Size = size, Color = color, FontStyle = style, LineHeight = f.LineHeight };

        var body = Role("Body", f.Body, f.BodySize, c.Text) with { SpaceAfter = s.ParagraphAfter };
        StyleRole Heading(string name, double size, string color, double before) =>
            Role(name, f.Heading, size, color, FontStyle.Bold) with
            {
                LineHeight = TightLineHeight, SpaceBefore = before, SpaceAfter = s.HeadingAfter, KeepWithNext = true, KeepTogether = true,
            };
        StyleRole Cover(string name, double size, string color, FontStyle style, double after) =>
            Role(name, f.Heading, size, color, style) with { LineHeight = TightLineHeight, SpaceAfter = after, KeepWithNext = true };

        return new StyleSet
        {
            Body = body,
            // The lede: a size and a half step up, in the accent colour, with room after it.
            Lede = body with { Name = "Lede", Size = HalfPoint(f.BodySize * 1.15), Color = c.Accent, LineHeight = 1.4, SpaceAfter = s.BlockGap },
            Title = Heading("Title", f.TitleSize, c.Accent, 0) with { LineHeight = 1.1, SpaceAfter = 12 },
            Subtitle = Cover("Subtitle", f.SubtitleSize, c.Muted, FontStyle.Regular, 12),
            H1 = Heading("H1", f.H1Size, c.Accent, s.HeadingBefore * 1.25),
            H2 = Heading("H2", f.H2Size, c.Accent, s.HeadingBefore),
            H3 = Heading("H3", f.H3Size, c.Text, s.HeadingBefore),
            Quote = body with { Name = "Quote", FontStyle = FontStyle.Italic, Color = c.Muted, IndentLeft = 14 },
            Callout = body with { Name = "Callout", SpaceAfter = s.ListItemAfter },
            CalloutTitle = Heading("CalloutTitle", f.H3Size, c.Accent, 0) with { SpaceAfter = 4 },
            Caption = Role("Caption", f.Heading, f.CaptionSize, c.Text) with
            {
                LineHeight = TightLineHeight, SpaceBefore = s.BlockGap, SpaceAfter = 4, KeepWithNext = true, KeepTogether = true,
            },
            TableHeader = Role("TableHeader", f.Heading, f.TableSize, theme.Table.HeaderText, FontStyle.Bold) with { LineHeight = TightLineHeight },
            TableCell = Role("TableCell", f.Heading, f.TableSize, c.Text) with { LineHeight = TightLineHeight },
            Footnote = Role("Footnote", f.Body, f.SmallSize, c.Text) with { LineHeight = 1.2, SpaceAfter = 2 },
            RunningHead = Role("RunningHead", f.Heading, f.SmallSize, c.Muted) with { LineHeight = 1 },
            RunningFoot = Role("RunningFoot", f.Heading, f.SmallSize, c.Muted) with { LineHeight = 1 },
            CoverOrganization = Cover("CoverOrganization", f.BodySize + 1, c.Accent, FontStyle.Bold, 2),
            CoverSeries = Cover("CoverSeries", f.BodySize, c.Muted, FontStyle.Regular, 0),
            CoverAuthors = Cover("CoverAuthors", f.BodySize + 1, c.Text, FontStyle.Bold, 4),
            CoverDate = Cover("CoverDate", f.BodySize + 1, c.Muted, FontStyle.Regular, s.BlockGap),
            BackText = body with { Name = "BackText", Size = f.CaptionSize, LineHeight = 1.3 },
            Furniture = new PageFurniture
            {
                CoverOffset = Math.Round(theme.Page.ContentHeight * 0.3),
                CoverBarColor = c.Accent,
                BlockGap = s.BlockGap,
                QuoteRuleColor = c.QuoteRule,
                CalloutFill = c.CalloutFill,
                CalloutRuleColor = c.CalloutRule,
                CalloutPadding = s.CalloutPadding,
                ListIndent = s.ListIndent,
                ListItemAfter = s.ListItemAfter,
            },
        };
    }

    private static double HalfPoint(double size) => Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2;
}
