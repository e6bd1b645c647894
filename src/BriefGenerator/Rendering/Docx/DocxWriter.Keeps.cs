using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>Paragraphs written so far at the current level (body, note or cell), for <see cref="KeepWithNext"/>.</summary>
    public int ParagraphCount => Target.Elements<WParagraph>().Count();

    /// <summary>Keeps paragraphs <paramref name="from"/> up to (not including) <paramref name="to"/> of the current
    /// level with the paragraph after each.</summary>
    public void KeepWithNext(int from, int to)
    {
        foreach (var paragraph in Target.Elements<WParagraph>().Skip(from).Take(Math.Max(0, to - from)))
            paragraph.ParagraphProperties ??= new ParagraphProperties();
        foreach (var paragraph in Target.Elements<WParagraph>().Skip(from).Take(Math.Max(0, to - from)))
            paragraph.ParagraphProperties!.KeepNext = new KeepNext();
    }
}
