using System.Globalization;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering;

/// <summary>Warns (BG082) about a table with more columns than the text width can set legibly in either format: below
/// about three characters a column, words break inside cells, down to one character a line.</summary>
public static class TableFitCheck
{
    /// <summary>Checks every table of <paramref name="document"/>; <paramref name="locate"/> maps a table to the place
    /// to report (its line in the brief when known).</summary>
    public static void Check(BriefDocument document, Theme theme, Func<Table, SourceSpan> locate, DiagnosticBag diagnostics)
    {
        var smallest = 2 * theme.Fonts.TableSize + 2 * theme.Table.CellPadding;
        var width = theme.Page.ContentWidth + theme.Table.BreakoutOn(theme.Page); // a table this crowded always breaks out
        foreach (var table in BlockWalk.All<Table>(document.Blocks))
        {
            var columns = table.Columns.Count;
            if (columns == 0 || columns * smallest <= width) continue;
            var each = width / columns - 2 * theme.Table.CellPadding;
            var chars = each / (0.5 * theme.Fonts.TableSize);
            var room = chars < 1 ? "less than one character" : string.Create(CultureInfo.InvariantCulture, $"about {chars:0.#} characters");
            var name = table.Id is null ? $"table {table.Number}" : $"table {table.Number} ({table.Id})";
            diagnostics.Warning(DiagnosticCodes.TableTooWide, string.Create(CultureInfo.InvariantCulture,
                $"{name} has {columns} columns: across the {width:0} pt {(theme.Table.BreakoutOn(theme.Page) > 0 ? "a table may take" : "text width")} each gets room for {room}, so words break inside cells; the most that fit legibly is {(int)(width / smallest)} — split the table or use a wider page (the annex template is landscape)"),
                locate(table));
        }
    }
}
