using BriefGenerator.Rendering.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Tests.Docx;

/// <summary>Reads an embedded font back out of a DOCX as Word does: the font table's entry, its part, de-obfuscated.</summary>
internal static class DocxEmbeddedFonts
{
    /// <summary>The regular face of <paramref name="family"/>: its TrueType bytes and its font table entry.</summary>
    public static (byte[] Font, EmbedRegularFont Embed) Read(WordprocessingDocument doc, string family)
    {
        var table = doc.MainDocumentPart!.FontTablePart!;
        var embed = table.Fonts!.Elements<Font>().Single(f => f.Name == family).GetFirstChild<EmbedRegularFont>()!;
        using var stream = table.GetPartById(embed.Id!.Value!).GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var font = FontObfuscation.Obfuscate(buffer.ToArray(), embed.FontKey!.Value!);
        Assert.NotEqual(font.Take(32), buffer.ToArray().Take(32)); // it was obfuscated
        return (font, embed);
    }
}
