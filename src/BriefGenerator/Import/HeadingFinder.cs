namespace BriefGenerator.Import;

/// <summary>Turns paragraphs that look like headings into <c>##</c> headings: a line passes
/// <see cref="HeadingRule.LooksLikeHeading"/> and is followed by a list, a table, or a paragraph that does not itself
/// look like a heading. A short line at the very end, or one followed by another short line, stays a paragraph.</summary>
public static class HeadingFinder
{
    /// <summary>The blocks with heading-like paragraphs replaced by headings.</summary>
    public static List<ImportBlock> Apply(IReadOnlyList<ImportBlock> blocks)
    {
        var result = new List<ImportBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ImportParagraph p && HeadingRule.LooksLikeHeading(p.Text) && i + 1 < blocks.Count && IsContent(blocks[i + 1]))
                result.Add(new ImportHeading(p.Text, 2, p.Line));
            else result.Add(blocks[i]);
        }
        return result;
    }

    private static bool IsContent(ImportBlock next) => next switch
    {
        ImportList or ImportTable => true,
        ImportParagraph p => !HeadingRule.LooksLikeHeading(p.Text),
        _ => false,
    };
}
