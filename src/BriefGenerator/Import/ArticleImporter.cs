using BriefGenerator.Diagnostics;

namespace BriefGenerator.Import;

/// <summary>Converts a raw article (plain text scraped from a web page: one paragraph a line, short heading lines,
/// <c>-</c> bullets, pipe tables; or hard-wrapped text, whose lines are joined first) into a brief in the content
/// format. Pure: no files, no clock.</summary>
public static class ArticleImporter
{
    /// <summary>Converts <paramref name="raw"/>; null after an error (nothing to import).</summary>
    /// <param name="displayPath">How diagnostics name the raw file.</param>
    public static ImportedBrief? Convert(string raw, ImportOptions options, string displayPath, DiagnosticBag diagnostics)
    {
        var lines = RawLine.Split(raw);
        var wrapWidth = HardWrap.Detect(lines);
        var blocks = BlockReader.Read(LineJoiner.Apply(lines, wrapWidth));
        if (blocks.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ImportFailed, "nothing to import: the file has no text", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        var title = string.IsNullOrWhiteSpace(options.Title) ? TitleChooser.TakeFirstLine(blocks) : options.Title.Trim();
        blocks = TableCaptioner.Apply(HeadingFinder.Apply(blocks));
        title ??= TitleChooser.FromBody(blocks);
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(DiagnosticCodes.ImportFailed, "cannot find a title in the text; pass --title", new SourceSpan(displayPath, 1, 1));
            return null;
        }
        var language = LanguageGuess.For(raw);
        var text = FrontMatterWriter.Write(title, options.Date, language) + "\n" + BriefMarkdownWriter.Write(blocks);
        return new ImportedBrief(text, title, language,
            blocks.OfType<ImportHeading>().Count(h => h.Level <= 2),
            blocks.OfType<ImportTable>().Count(),
            blocks.OfType<ImportList>().Count(),
            wrapWidth);
    }
}
