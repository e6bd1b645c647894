using System.Text;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;

namespace BriefGenerator.Content;

/// <summary>Reads a user's text file with the checks every input gets: it exists, is not empty, is not binary,
/// is a regular file under its allowed folder (see <see cref="ConfinedFile"/>), is not too large, is UTF-8; line endings become \n and characters XML cannot carry are removed with a warning.</summary>
public static class SourceText
{
    /// <summary>Largest template, include or import input accepted (4 MiB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Largest brief accepted (16 MiB, as much as a template may write): a brief is where a large table lives,
    /// and a 50,000-row table is over 4 MiB. Past it the brief is refused (<c>BG001</c>), never cut.</summary>
    public const int MaxBriefBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the cleaned text, or null after reporting an error.</summary>
    /// <param name="root">The folder the file's real path must be in (links followed); null for anywhere.</param>
    /// <param name="limit">Most bytes accepted: <see cref="MaxBytes"/>, or <see cref="MaxBriefBytes"/> for a brief.</param>
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics, string? root = null, int limit = MaxBytes)
    {
        var top = new SourceSpan(displayPath, 1, 1);
        var read = ConfinedFile.Read(path, root, limit);
        if (!read.Ok)
        {
            var code = read.Code(DiagnosticCodes.FileUnreadable);
            diagnostics.Error(code, read.Problem == FileProblem.Missing ? "file not found" : "file " + read.Message, top);
            return null;
        }
        var bytes = read.Bytes!;

        if (Array.IndexOf(bytes, (byte)0) >= 0) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is binary, not UTF-8 text", top); return null; }
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is not valid UTF-8 text", top); return null; }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) { diagnostics.Error(DiagnosticCodes.FileUnreadable, "file is empty", top); return null; }
        return StripControlCharacters(text, displayPath, diagnostics);
    }

    /// <summary>Removes C0 controls other than tab and newline, and other characters XML 1.0 forbids, warning once at the first.</summary>
    public static string StripControlCharacters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        // Text without such characters (nearly all) is returned as it is, with no copy made.
        var first = -1;
        for (var i = 0; i < text.Length && first < 0; i++)
            if (IsBad(text, i)) first = i;
        if (first < 0) return text;
        var count = 0;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsBad(text, i)) { count++; continue; }
            sb.Append(text[i]);
        }
        var (line, col) = LineColumn(text, first);
        diagnostics.Warning(DiagnosticCodes.ControlCharacters,
            $"removed {count} control character(s) that documents cannot carry (first: U+{(int)text[first]:X4})",
            new SourceSpan(displayPath, line, col));
        return sb.ToString();
    }

    private static bool IsBad(string text, int i)
    {
        var ch = text[i];
        return (ch < 0x20 && ch != '\t' && ch != '\n') || ch == '\uFFFE' || ch == '\uFFFF'
               || (char.IsHighSurrogate(ch) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
               || (char.IsLowSurrogate(ch) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
    }

    /// <summary>1-based line and column of an offset.</summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1; var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart + 1);
    }
}
