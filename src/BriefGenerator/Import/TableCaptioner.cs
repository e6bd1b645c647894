using BriefGenerator.Content;

namespace BriefGenerator.Import;

/// <summary>Gives every table a caption and a unique <c>tbl-…</c> id. The caption comes from the paragraph just
/// before the table when it ends with ':' (see <see cref="IntroCaption"/>), else it is "Table N".</summary>
public static class TableCaptioner
{
    /// <summary>Words of the caption kept in the id.</summary>
    public const int IdWords = 5;

    /// <summary>The blocks with every table captioned; ids are unique among themselves and the headings' ids.</summary>
    public static List<ImportBlock> Apply(IReadOnlyList<ImportBlock> blocks)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ImportBlock>(blocks.Count);
        var number = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ImportTable table) { result.Add(blocks[i]); continue; }
            number++;
            var caption = i > 0 && blocks[i - 1] is ImportParagraph intro ? IntroCaption.From(intro.Text) : null;
            var id = caption is null ? $"tbl-{number}" : "tbl-" + string.Join('-', Identifiers.FromTitle(caption).Split('-').Take(IdWords));
            result.Add(table with { Caption = caption ?? $"Table {number}", Id = Identifiers.Unique(id, taken) });
        }
        // Section ids are derived by the loader after table ids are claimed, so a clash renames the section, not the table.
        return result;
    }
}
