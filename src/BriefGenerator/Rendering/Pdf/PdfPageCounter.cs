using PdfSharp.Pdf.IO;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Counts the pages of a PDF we wrote, for the build report and page limits.</summary>
public static class PdfPageCounter
{
    public static int Count(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        using var doc = PdfReader.Open(stream, PdfDocumentOpenMode.InformationOnly);
        return doc.PageCount;
    }
}
