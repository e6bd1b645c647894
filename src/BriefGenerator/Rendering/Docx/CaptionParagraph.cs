using System.Globalization;
using BriefGenerator.Document;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A numbered caption, "Table 2: …" or "Figure 1: …": the label and a <c>SEQ</c> field Word's tables of
/// tables and figures find, then the caption's inlines, bookmarked at the block's id.</summary>
internal static class CaptionParagraph
{
    /// <summary>Adds the caption paragraph for item <paramref name="number"/> of the <paramref name="sequence"/>
    /// ("Table", "Figure") and returns it.</summary>
    public static WParagraph Add(DocxWriter writer, string sequence, int number, IReadOnlyList<Inline> text, string? id)
    {
        var caption = writer.AddParagraph(StyleIds.Caption);
        var label = new RunFormat(CharacterStyle: StyleIds.CaptionLabel);
        caption.Append(InlineWriter.TextRun(sequence + " ", label));
        FieldRuns.Append(caption, $@"SEQ {sequence} \* ARABIC", number.ToString(CultureInfo.InvariantCulture), label);
        if (text.Count > 0)
        {
            caption.Append(InlineWriter.TextRun(":", label));
            caption.Append(InlineWriter.TextRun(" ", RunFormat.Plain));
            RedlineRuns.Append(writer, caption, text);
        }
        writer.Bookmark(caption, id);
        return caption;
    }
}
