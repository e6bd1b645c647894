using BriefGenerator.Diff;
using BriefGenerator.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes running text in the redline edition as Word tracked changes: words inserted since the old revision
/// in <c>w:ins</c> runs, deleted words in <c>w:del</c> runs with <c>w:delText</c>, a paragraph added or removed whole
/// with its paragraph mark inserted or deleted. Without redline marks it is <see cref="InlineWriter.Append"/>.</summary>
internal static class RedlineRuns
{
    /// <summary>Appends <paramref name="content"/> to a paragraph, marked where the redline says it changed.</summary>
    public static void Append(DocxWriter writer, WParagraph paragraph, IReadOnlyList<Inline> content)
    {
        var marks = writer.Context.Redline;
        if (marks?.ChangesOf(content) is { } ops) { AppendOps(writer, paragraph, ops); return; }
        InlineWriter.Append(writer, paragraph, content, RunFormat.Plain);
        if (marks is null || !marks.IsInserted(content)) return;
        foreach (var run in paragraph.Descendants<Run>().ToList())
        {
            var inserted = writer.Tracked(new InsertedRun());
            run.InsertBeforeSelf(inserted);
            run.Remove();
            inserted.Append(run);
        }
        MarkParagraph(writer, paragraph, new Inserted());
    }

    /// <summary>Writes an old paragraph or heading removed since the old revision: its text and its mark deleted.</summary>
    public static void AppendDeleted(DocxWriter writer, Block old)
    {
        var (style, content) = old switch
        {
            Heading h => (StyleIds.Heading(h.Level), h.Content),
            Document.Paragraph p => (StyleIds.ForClass(p.StyleClass), p.Content),
            _ => throw new InvalidOperationException($"A removed {old.GetType().Name} is not written."),
        };
        var paragraph = writer.AddParagraph(style);
        paragraph.Append(Deleted(writer, writer.Clean(InlineWriter.Plain(content))));
        MarkParagraph(writer, paragraph, new Deleted());
    }

    private static void AppendOps(DocxWriter writer, WParagraph paragraph, IReadOnlyList<WordOp> ops)
    {
        bool oldAny = false, newAny = false;
        foreach (var op in ops)
        {
            var text = writer.Clean(op.Text);
            switch (op.Kind)
            {
                case WordOpKind.Equal:
                    if (oldAny && newAny) text = " " + text;
                    else if (oldAny) paragraph.Append(Deleted(writer, " "));
                    else if (newAny) paragraph.Append(Inserted(writer, " "));
                    paragraph.Append(InlineWriter.TextRun(text, RunFormat.Plain));
                    oldAny = newAny = true;
                    break;
                case WordOpKind.Delete:
                    paragraph.Append(Deleted(writer, (oldAny ? " " : "") + text));
                    oldAny = true;
                    break;
                case WordOpKind.Insert:
                    paragraph.Append(Inserted(writer, (newAny ? " " : "") + text));
                    newAny = true;
                    break;
            }
        }
    }

    private static InsertedRun Inserted(DocxWriter writer, string text) =>
        writer.Tracked(new InsertedRun(InlineWriter.TextRun(text, RunFormat.Plain)));

    private static DeletedRun Deleted(DocxWriter writer, string text) =>
        writer.Tracked(new DeletedRun(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>Marks the paragraph mark itself inserted or deleted (<c>w:pPr/w:rPr/w:ins|w:del</c>).</summary>
    private static void MarkParagraph(DocxWriter writer, WParagraph paragraph, OpenXmlElement mark)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(writer.TrackedMark(mark));
    }
}
