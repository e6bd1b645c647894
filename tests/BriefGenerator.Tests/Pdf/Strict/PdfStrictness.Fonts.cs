using System.Text.RegularExpressions;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Pdf.Strict;

public static partial class PdfStrictness
{
    /// <summary>Every font the pages use is an embedded subset of a bundled face (a tag, a plus sign and the face's
    /// PostScript name; a program smaller than the face) with a ToUnicode map, and its names agree.</summary>
    public static List<string> Fonts(RawPdf pdf)
    {
        var problems = new List<string>();
        var seen = new HashSet<Dictionary<string, object?>>(ReferenceEqualityComparer.Instance);
        foreach (var (_, page) in pdf.Pages())
        {
            var fonts = pdf.GetDict(pdf.GetDict(page, "Resources"), "Font");
            foreach (var value in fonts?.Values ?? Enumerable.Empty<object?>())
                if (pdf.Resolve(value) is Dictionary<string, object?> font && seen.Add(font)) problems.AddRange(Font(pdf, font));
        }
        if (seen.Count == 0) problems.Add("no fonts");
        return problems;
    }

    private static IEnumerable<string> Font(RawPdf pdf, Dictionary<string, object?> font)
    {
        var name = (pdf.Get(font, "BaseFont") as PdfName)?.Value ?? "?";
        if (!PostScriptSubsetName().IsMatch(name)) yield return $"font {name}: not a subset tag and PostScript name (ABCDEF+Name-Style)";
        var descendant = pdf.Get(font, "Subtype") is PdfName { Value: "Type0" }
            ? (pdf.Get(font, "DescendantFonts") as List<object?>)?.Select(pdf.Resolve).FirstOrDefault() as Dictionary<string, object?>
            : font;
        var descriptor = pdf.GetDict(descendant, "FontDescriptor");
        if ((pdf.Get(descendant, "BaseFont") as PdfName)?.Value != name || (pdf.Get(descriptor, "FontName") as PdfName)?.Value != name)
            yield return $"font {name}: BaseFont, CIDFont BaseFont and FontDescriptor FontName differ";
        if (pdf.Get(font, "ToUnicode") is null) yield return $"font {name}: no ToUnicode map";
        else if (font["ToUnicode"] is PdfRef tu && !Decodes(pdf, tu)) yield return $"font {name}: ToUnicode does not decode";
        if (descriptor is null || !descriptor.TryGetValue("FontFile2", out var file) || file is not PdfRef program) { yield return $"font {name}: no embedded TrueType program"; yield break; }
        byte[]? data = null;
        try { data = Decode(pdf, pdf.Objects[program.Number]); } catch (InvalidDataException) { }
        if (data is null) { yield return $"font {name}: program does not decode"; yield break; }
        var face = Path.Combine(RepoPaths.Fonts, name[(name.IndexOf('+') + 1)..] + ".ttf");
        if (!File.Exists(face)) yield return $"font {name}: no bundled face {Path.GetFileName(face)}";
        else if (data.Length >= new FileInfo(face).Length) yield return $"font {name}: the program ({data.Length} bytes) is not a subset of {Path.GetFileName(face)}";
    }

    private static bool Decodes(RawPdf pdf, PdfRef r)
    {
        try { Decode(pdf, pdf.Objects[r.Number]); return true; }
        catch (InvalidDataException) { return false; }
    }

    // ISO 32000-1 §9.6.4: six capitals, '+', then a PostScript name (no spaces, delimiters or commas).
    [GeneratedRegex(@"^[A-Z]{6}\+[!-~-[\[\](){}<>/%#,]]{1,63}$")]
    private static partial Regex PostScriptSubsetName();
}
