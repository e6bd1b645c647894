namespace BriefGenerator.Document.Parsing;

/// <summary>The body rows of a long pipe table, kept out of the one Markdig parse of the whole markup and parsed a slice
/// at a time instead, so that Markdig's tree of a big table (a few KB a row) is never held whole. Only rows whose
/// reading cannot depend on another line are deferred: every row of the table, its header included, starts and ends
/// with <c>|</c> and holds none of the characters that open or close inline markup across lines, escapes or references
/// (<c>` \ * _ ~ ^ = $ [ ] &lt; &gt; { }</c>); the header stands after a blank line (or first), and a blank line (or the
/// end) follows the last row. Markdig parses the markup with the deferred rows as spaces (<see cref="Blanked"/>: the
/// same length and line breaks, so every position stays where it was), the table keeps its first body row, and the
/// parser adds the rest from slices of header, delimiter row and rows (<see cref="Slices"/>).</summary>
internal sealed class DeferredRows
{
    /// <summary>Fewest body rows a table must have for its rows to be deferred.</summary>
    public const int MinRows = 512;

    /// <summary>Body rows in one slice.</summary>
    public const int SliceRows = 256;

    private readonly string _markup;
    private readonly Dictionary<int, Region> _regions;

    private DeferredRows(string markup, Dictionary<int, Region> regions, string blanked)
    {
        _markup = markup;
        _regions = regions;
        Blanked = blanked;
    }

    /// <summary>The markup as Markdig reads it: the deferred rows replaced by spaces.</summary>
    public string Blanked { get; }

    /// <summary>True when every deferred region was taken by the table it belongs to (else the markup must be parsed
    /// whole: a region may stand where no table is, inside a fenced code block, say).</summary>
    public bool AllTaken => _regions.Count == 0;

    /// <summary>Set when a slice did not read as the table's rows; the markup must then be parsed whole.</summary>
    public bool Failed { get; set; }

    /// <summary>The long tables' deferred rows in <paramref name="markup"/>; null when it has none.</summary>
    public static DeferredRows? Find(string markup)
    {
        if (markup.Length < MinRows * 4) return null;
        Dictionary<int, Region>? regions = null;
        var previousBlank = true;
        for (int line = 0, pos = 0; pos <= markup.Length;)
        {
            var end = LineEnd(markup, pos);
            if (previousBlank && IsPlainRow(markup, pos, end) && end < markup.Length && IsDelimiterRow(markup, end + 1, LineEnd(markup, end + 1)))
            {
                // The header on this line, the delimiter row on the next; rows follow while they are plain.
                var header = (Line: line, Start: pos);
                var delimiterEnd = LineEnd(markup, end + 1);
                int rows = 0, firstEnd = -1, lastEnd = -1;
                pos = delimiterEnd + 1;
                line += 2;
                while (pos <= markup.Length && LineEnd(markup, pos) is var rowEnd && IsPlainRow(markup, pos, rowEnd))
                {
                    if (rows++ == 0) firstEnd = rowEnd;
                    lastEnd = rowEnd;
                    pos = rowEnd + 1;
                    line++;
                }
                // The first row stays in the table Markdig reads, the rest are deferred, when a blank line or the end follows.
                if (rows >= MinRows && (pos > markup.Length || IsBlank(markup, pos, LineEnd(markup, pos))))
                    (regions ??= new Dictionary<int, Region>())[header.Line] = new Region(header.Start, delimiterEnd, firstEnd + 1, lastEnd);
                previousBlank = false;
                continue;
            }
            previousBlank = IsBlank(markup, pos, end);
            pos = end + 1;
            line++;
        }
        if (regions is null) return null;
        var blanked = string.Create(markup.Length, (markup, regions), static (span, state) =>
        {
            state.markup.AsSpan().CopyTo(span);
            foreach (var r in state.regions.Values)
                for (var k = r.RowsStart; k < r.RowsEnd; k++)
                    if (span[k] != '\n') span[k] = ' ';
        });
        return new DeferredRows(markup, regions, blanked);
    }

    /// <summary>The slices of the deferred rows of the table whose header is on 0-based line <paramref name="line"/>
    /// (none when no rows were deferred there), each as markup of its own: header, delimiter row and up to
    /// <see cref="SliceRows"/> rows. Taken once.</summary>
    public IEnumerable<string> Slices(int line)
    {
        if (!_regions.Remove(line, out var region)) yield break;
        var head = _markup[region.HeaderStart..region.HeaderEnd];
        for (var start = region.RowsStart; start < region.RowsEnd;)
        {
            var end = start;
            for (var n = 0; n < SliceRows && end < region.RowsEnd; n++)
            {
                end = _markup.IndexOf('\n', end);
                end = end < 0 || end > region.RowsEnd ? region.RowsEnd : end + 1;
            }
            yield return string.Concat(head, "\n", _markup.AsSpan(start, Math.Min(end, region.RowsEnd) - start));
            start = end;
        }
    }

    private static int LineEnd(string markup, int start)
    {
        if (start >= markup.Length) return markup.Length;
        var end = markup.IndexOf('\n', start);
        return end < 0 ? markup.Length : end;
    }

    private static bool IsBlank(string markup, int start, int end) => markup.AsSpan(start, end - start).Trim(" \t").IsEmpty;

    // A row whose reading is its own line's: | first and last, no inline markup that could reach another line.
    private static bool IsPlainRow(string markup, int start, int end)
    {
        var text = markup.AsSpan(start, end - start);
        return text.Length >= 2 && text[0] == '|' && text[^1] == '|' && text.IndexOfAny(Special) < 0;
    }

    private static bool IsDelimiterRow(string markup, int start, int end)
    {
        var text = markup.AsSpan(start, end - start);
        return text.Length >= 3 && text[0] == '|' && text[^1] == '|' && text.Contains('-') && text.IndexOfAnyExcept("|-: ") < 0;
    }

    private static readonly System.Buffers.SearchValues<char> Special =
        System.Buffers.SearchValues.Create("`\\*_~^=$[]<>{}\r\t");

    private sealed record Region(int HeaderStart, int HeaderEnd, int RowsStart, int RowsEnd);
}
