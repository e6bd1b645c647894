using System.IO.Compression;
using System.Xml;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;

namespace BriefGenerator.Theming;

/// <summary>Checks a theme's <c>reference_docx</c> when the theme is loaded: it must be a file in the template folder that
/// is a Word package (a zip with <c>[Content_Types].xml</c> and well-formed <c>word/styles.xml</c>), so a text file or a
/// truncated download is an error at the theme's <c>reference_docx</c> line rather than a crash while writing the DOCX.</summary>
internal static class ReferenceDocxCheck
{
    /// <summary>Most bytes <c>word/styles.xml</c> may inflate to (a real one is well under 1 MiB).</summary>
    public const int StylesLimit = 16 * 1024 * 1024;

    /// <summary>Largest reference document read (16 MiB on disk) and most it may inflate to (64 MiB).</summary>
    public const long MaxBytes = 16L * 1024 * 1024, MaxInflated = 64L * 1024 * 1024;

    /// <summary>True when the reference is usable; otherwise reports a BG034 error at <paramref name="at"/>.</summary>
    public static bool IsUsable(string templateFolder, string name, SourceSpan at, DiagnosticBag diagnostics)
    {
        var path = Path.GetFullPath(Path.Combine(templateFolder, name));
        // Read like every other file: links resolved and kept in the template folder, no pipes or devices, capped.
        var read = ConfinedFile.Read(path, templateFolder, MaxBytes);
        var code = DiagnosticCodes.ThemeInvalid;
        string? problem;
        if (read.Problem == FileProblem.Missing) problem = "does not exist";
        else if (!read.Ok)
        {
            code = read.Code(DiagnosticCodes.ThemeInvalid, tooLarge: DiagnosticCodes.ArchiveTooLarge);
            problem = "is refused: it " + read.Message;
        }
        else if (CappedArchive.Check(read.Bytes!, MaxInflated, out var bomb) is { } refusal && bomb)
        {
            code = DiagnosticCodes.ArchiveTooLarge;
            problem = "is refused: it " + refusal;
        }
        else problem = Inspect(read.Bytes!);
        if (problem is null) return true;
        diagnostics.Error(code, $"reference_docx '{name}' {problem}; give a .docx saved by Word (or pandoc) beside theme.yaml, or remove the key", at);
        return false;
    }

    private static string? Inspect(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return "is a zip file but not a Word document (no [Content_Types].xml)";
            if (zip.GetEntry("word/styles.xml") is not { } styles) return "has no styles (word/styles.xml) to take";
            if (styles.Length > StylesLimit) return $"has a styles part of {styles.Length / (1024 * 1024)} MiB (the limit is {StylesLimit / (1024 * 1024)} MiB)";
            using var stream = styles.Open();
            using var reader = XmlReader.Create(new CappedStream(stream, StylesLimit), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read()) { }
            return null;
        }
        catch (InvalidDataException ex) { return $"is not a readable .docx (zip) file: {ex.Message}"; }
        catch (XmlException ex) { return $"has a broken styles part (word/styles.xml): {ex.Message}"; }
        catch (IOException ex) { return $"cannot be read: {ex.Message}"; }
        catch (UnauthorizedAccessException ex) { return $"cannot be read: {ex.Message}"; }
    }
}
