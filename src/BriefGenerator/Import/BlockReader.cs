namespace BriefGenerator.Import;

/// <summary>Groups classified lines into blocks: each line of prose is a paragraph (scraped articles put one
/// paragraph on a line; <see cref="LineJoiner"/> has already joined hard-wrapped lines), runs of list lines are
/// lists, a header line with a delimiter row under it starts a table. Blank lines and horizontal rules only separate
/// blocks. Headings are found afterwards by <see cref="HeadingFinder"/>.</summary>
public static class BlockReader
{
    /// <summary>Reads the lines into blocks, repairing scrape artefacts in their text.</summary>
    public static List<ImportBlock> Read(IReadOnlyList<RawLine> lines)
    {
        var blocks = new List<ImportBlock>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case RawLineKind.Blank or RawLineKind.Rule:
                    i++;
                    break;
                case RawLineKind.Bullet or RawLineKind.Numbered:
                    blocks.Add(ReadList(lines, ref i));
                    break;
                case RawLineKind.MarkdownHeading:
                    blocks.Add(new ImportHeading(ScrapeRepair.Inline(line.Content), Math.Min(line.Ordinal, 3), line.Number));
                    i++;
                    break;
                case RawLineKind.TableRow when i + 1 < lines.Count && lines[i + 1].Kind == RawLineKind.TableDelimiter:
                    blocks.Add(ReadTable(lines, ref i));
                    break;
                default:
                    blocks.Add(new ImportParagraph(ScrapeRepair.Paragraph(line.Text), line.Number));
                    i++;
                    break;
            }
        }
        return blocks;
    }

    private static ImportList ReadList(IReadOnlyList<RawLine> lines, ref int i)
    {
        var first = lines[i];
        var items = new List<string>();
        while (true)
        {
            items.Add(LabelLeadIn.Apply(ScrapeRepair.Inline(lines[i].Content)));
            var next = i + 1;
            while (next < lines.Count && lines[next].Kind == RawLineKind.Blank) next++;
            i = next;
            if (next >= lines.Count || lines[next].Kind != first.Kind) break;
        }
        return new ImportList(first.Kind == RawLineKind.Numbered, Math.Max(first.Ordinal, 0), items, first.Number);
    }

    private static ImportTable ReadTable(IReadOnlyList<RawLine> lines, ref int i)
    {
        var header = lines[i];
        var delimiter = lines[i + 1];
        i += 2;
        var body = new List<RawLine>();
        while (i < lines.Count && lines[i].Kind == RawLineKind.TableRow) body.Add(lines[i++]);
        return TableReader.Read(header, delimiter, body, ScrapeRepair.Inline);
    }
}
