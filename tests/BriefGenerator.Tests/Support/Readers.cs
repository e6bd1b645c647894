using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace BriefGenerator.Tests.Support;

/// <summary>Reads outputs back as a reader would: PDF text through PdfPig, DOCX through the Open XML SDK.</summary>
public static partial class Readers
{
    /// <summary>The text of every page in drawing (content-stream) order, the order copy-and-paste and text-to-speech
    /// follow: a new line or a visible gap between two letters becomes one space.</summary>
    public static IReadOnlyList<string> PdfPageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(PageText).ToList();
    }

    private static string PageText(UglyToad.PdfPig.Content.Page page)
    {
        var sb = new System.Text.StringBuilder();
        UglyToad.PdfPig.Content.Letter? prev = null;
        foreach (var letter in page.Letters)
        {
            if (prev is not null)
            {
                var newLine = Math.Abs(letter.StartBaseLine.Y - prev.StartBaseLine.Y) > 0.5;
                var gap = letter.StartBaseLine.X - prev.EndBaseLine.X > Math.Max(prev.PointSize, 1) * 0.15;
                if ((newLine || gap) && sb.Length > 0 && sb[^1] != ' ' && letter.Value != " ") sb.Append(' ');
            }
            sb.Append(letter.Value);
            prev = letter;
        }
        return Collapse(sb.ToString());
    }

    /// <summary>All text of a PDF, whitespace collapsed.</summary>
    public static string PdfText(byte[] pdf) => Collapse(string.Join(' ', PdfPageTexts(pdf)));

    /// <summary>Collapses runs of whitespace to one space.</summary>
    public static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    /// <summary>OpenXmlValidator (Microsoft 365) errors, one line each.</summary>
    public static List<string> DocxErrors(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
