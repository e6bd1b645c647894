using System.Globalization;
using System.Text.RegularExpressions;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Files;

namespace BriefGenerator.Build;

/// <summary>Moves a diagnostic located in a template's rendered markup (which no user can open) to the file its text
/// came from, in the standard <c>path(line,col)</c> form: the brief, where the text is found there; else the template.
/// A missing glyph (BG040) is looked up by its character, anything else by the text of its markup line.</summary>
public sealed partial class MarkupLocator
{
    private readonly string _markupName;
    private readonly string[] _markupLines;
    private readonly string _briefPath, _templatePath;
    private readonly Lazy<string?> _brief, _template;

    /// <param name="markupName">The name the markup was parsed under (what its diagnostics' spans say).</param>
    /// <param name="markup">The rendered markup.</param>
    /// <param name="briefPath">The brief as diagnostics name it (readable from the working folder).</param>
    /// <param name="templatePath">The template file as diagnostics name it.</param>
    public MarkupLocator(string markupName, string markup, string briefPath, string templatePath)
    {
        _markupName = markupName;
        _markupLines = markup.Split('\n');
        _briefPath = briefPath;
        _templatePath = templatePath;
        _brief = new(() => Text(briefPath));
        _template = new(() => Text(templatePath));
    }

    /// <summary>The diagnostic, moved to the brief or template when it points into the markup; else unchanged.</summary>
    public Diagnostic Locate(Diagnostic diagnostic)
    {
        if (diagnostic.Span.File != _markupName) return diagnostic;
        var needle = diagnostic.Code == DiagnosticCodes.MissingGlyph && CodePoint().Match(diagnostic.Message) is { Success: true } m
            ? char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            : LineText(diagnostic.Span.Line);
        var span = Find(_brief.Value, needle, _briefPath) ?? Find(_template.Value, needle, _templatePath) ?? new SourceSpan(_templatePath, 1, 1);
        return diagnostic with { Span = span };
    }

    // The words of a markup line, without the markup around them (list markers, heading hashes, attributes).
    private string LineText(int line)
    {
        if (line < 1 || line > _markupLines.Length) return "";
        var text = MarkupPrefix().Replace(_markupLines[line - 1].Trim(), "");
        text = Attributes().Replace(text, "").Trim();
        return text.Length > 60 ? text[..60] : text;
    }

    private static SourceSpan? Find(string? text, string needle, string path)
    {
        if (text is null || needle.Trim().Length == 0) return null;
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return null;
        var (line, column) = SourceText.LineColumn(text, at);
        return new SourceSpan(path, line, column);
    }

    private static string? Text(string path)
    {
        var read = ConfinedFile.Read(path, null, SourceText.MaxBriefBytes, log: false);
        return read.Ok ? System.Text.Encoding.UTF8.GetString(read.Bytes!).Replace("\r\n", "\n").Replace('\r', '\n') : null;
    }

    [GeneratedRegex(@"U\+([0-9A-F]{4,6})")]
    private static partial Regex CodePoint();

    [GeneratedRegex(@"^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|:::\s*\w*\s*|\|\s*)+")]
    private static partial Regex MarkupPrefix();

    [GeneratedRegex(@"\s*\{[#.][^}]*\}\s*$")]
    private static partial Regex Attributes();
}
