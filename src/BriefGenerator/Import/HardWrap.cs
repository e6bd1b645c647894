namespace BriefGenerator.Import;

/// <summary>Decides whether a raw article is hard-wrapped (one paragraph written over several lines, as text from an
/// e-mail, a PDF or a terminal is) and at which width. The whole input is judged at once:
/// <list type="bullet">
/// <item>The wrap width is the width of the widest prose line (text or list item, indentation included), after
/// setting aside the widest tenth of them so that one long URL does not change it. It must be at least
/// <see cref="MinWidth"/>.</item>
/// <item>A line reaches the wrap width before the next line when the next line's first word would not have fitted
/// on it with a space, allowing an eighth of the width for wrappers that balance lines or use proportional fonts.</item>
/// <item>The input is hard-wrapped when, among the places where a prose line is directly followed by a text line,
/// at least <see cref="MinBreaks"/> and at least half are wrap breaks: the line reaches the wrap width and its
/// sentence goes on (it does not end in <c>.</c> <c>!</c> <c>?</c> <c>:</c> <c>…</c>, or the next line starts
/// lower-case). Text with one paragraph a line has line widths spread far below its widest line, and its lines
/// end sentences, so it is never judged hard-wrapped.</item>
/// </list></summary>
public static class HardWrap
{
    /// <summary>Narrowest wrap width: lines shorter than this are taken as meant to be short (a list of names).</summary>
    public const int MinWidth = 40;

    /// <summary>Fewest wrap breaks that make an input hard-wrapped.</summary>
    public const int MinBreaks = 3;

    /// <summary>The wrap width when <paramref name="lines"/> are hard-wrapped, else null.</summary>
    public static int? Detect(IReadOnlyList<RawLine> lines)
    {
        var widths = lines.Where(IsProse).Select(l => l.Width).OrderDescending().ToList();
        if (widths.Count == 0) return null;
        var width = widths[widths.Count / 10];
        if (width < MinWidth) return null;
        int places = 0, breaks = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!IsProse(lines[i]) || lines[i + 1].Kind != RawLineKind.Text) continue;
            places++;
            if (Reaches(lines[i], lines[i + 1], width) && (!EndsSentence(lines[i].Text) || char.IsLower(lines[i + 1].Text[0]))) breaks++;
        }
        return breaks >= MinBreaks && breaks * 2 >= places ? width : null;
    }

    /// <summary>True for a line that can run on into the next one: text or a list item.</summary>
    public static bool IsProse(RawLine line) => line.Kind is RawLineKind.Text or RawLineKind.Bullet or RawLineKind.Numbered;

    /// <summary>True when <paramref name="line"/> reaches <paramref name="width"/>: the first word of
    /// <paramref name="next"/> and a space would not have fitted on it, within an eighth of the width.</summary>
    public static bool Reaches(RawLine line, RawLine next, int width)
    {
        var word = next.Text.IndexOf(' ');
        return line.Width + 1 + (word < 0 ? next.Text.Length : word) > width - width / 8;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd('"', '”', '’', '\'', ')', ']', '»');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or '…';
    }
}
