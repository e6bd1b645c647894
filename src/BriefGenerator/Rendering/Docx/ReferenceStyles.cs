using BriefGenerator.Diagnostics;
using BriefGenerator.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Pandoc's convention: when the theme names a reference.docx, a style there with the same name as one of
/// ours replaces ours (keeping our style id, which the body refers to), and its default fonts and spacing replace the
/// theme's. Styles the replacements are based on come along. A missing or unreadable reference is a warning.</summary>
internal static class ReferenceStyles
{
    /// <summary>The generated styles, with reference styles swapped in by name; unchanged without a reference.</summary>
    public static Styles Apply(Styles generated, RenderContext context, string language)
    {
        var name = context.Theme.ReferenceDocx;
        if (string.IsNullOrWhiteSpace(name)) return generated;
        var reference = Load(name, context);
        return reference is null ? generated : Merge(generated, reference, language);
    }

    /// <summary>Largest reference_docx file (16 MiB) and the most its parts may inflate to (64 MiB).</summary>
    private const long MaxBytes = 16L * 1024 * 1024, MaxInflated = 64L * 1024 * 1024;

    private static Styles? Load(string name, RenderContext context)
    {
        var folder = Path.GetFullPath(context.TemplateFolder ?? ".");
        var span = new SourceSpan(DisplayPath.For(Path.Combine(folder, "theme.yaml")), 1, 1);
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Warning(DiagnosticCodes.ThemeInvalid, $"reference_docx '{name}' is outside the template folder; ignored.", span);
            return null;
        }
        var read = ConfinedFile.Read(path, folder, MaxBytes);
        if (read.Problem == FileProblem.Missing)
        {
            context.Diagnostics.Warning(DiagnosticCodes.ThemeInvalid, $"reference_docx '{name}' not found; the theme's styles are used.", span);
            return null;
        }
        var bomb = false;
        var refusal = read.Ok ? CappedArchive.Check(read.Bytes!, MaxInflated, out bomb) : read.Message;
        if (!read.Ok || bomb)
        {
            var code = read.Ok ? DiagnosticCodes.ArchiveTooLarge : read.Code(DiagnosticCodes.ThemeInvalid, tooLarge: DiagnosticCodes.ArchiveTooLarge);
            context.Diagnostics.Error(code, $"reference_docx '{name}' is refused: it {refusal}", span);
            return null;
        }
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(read.Bytes!, writable: false), false);
            var styles = doc.MainDocumentPart?.StyleDefinitionsPart?.Styles;
            return styles is null ? null : (Styles)styles.CloneNode(true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException or UnauthorizedAccessException)
        {
            context.Diagnostics.Warning(DiagnosticCodes.ThemeInvalid, $"reference_docx '{name}' cannot be read ({e.Message}); the theme's styles are used.", span);
            return null;
        }
    }

    private static Styles Merge(Styles generated, Styles reference, string language)
    {
        var theirsByName = reference.Elements<Style>()
            .Where(s => s.StyleName?.Val?.Value is not null)
            .GroupBy(s => s.StyleName!.Val!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var theirsById = reference.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());

        var result = new Styles();
        var defaults = reference.DocDefaults is { } d ? (DocDefaults)d.CloneNode(true) : generated.DocDefaults?.CloneNode(true) as DocDefaults;
        if (defaults is not null)
        {
            SetLanguage(defaults, language);
            result.Append(defaults);
        }

        // Their id → our id, so basedOn/next/link inside the replacements point at the styles we write.
        var idMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var ours = generated.Elements<Style>().ToList();
        foreach (var style in ours)
            if (theirsByName.TryGetValue(style.StyleName!.Val!.Value!, out var theirs) && theirs.StyleId?.Value is { } theirId)
                idMap[theirId] = style.StyleId!.Value!;

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in ours)
        {
            var chosen = (Style)style.CloneNode(true);
            if (theirsByName.TryGetValue(style.StyleName!.Val!.Value!, out var theirs) && theirs.Type?.Value == style.Type?.Value)
            {
                chosen = (Style)theirs.CloneNode(true);
                chosen.StyleId = style.StyleId!.Value;
                chosen.Default = style.Default;
            }
            result.Append(chosen);
            written.Add(chosen.StyleId!.Value!);
        }

        // Pull in what the replacements refer to (their base styles), transitively; drop dangling references.
        var pending = result.Elements<Style>().ToList();
        while (pending.Count > 0)
        {
            var added = new List<Style>();
            foreach (var style in pending)
                foreach (var link in References(style))
                {
                    var id = Val(link)!;
                    if (idMap.TryGetValue(id, out var mapped)) { link.SetAttribute(new OpenXmlAttribute("w", "val", W, mapped)); continue; }
                    if (written.Contains(id)) continue;
                    if (theirsById.TryGetValue(id, out var basis))
                    {
                        var copy = (Style)basis.CloneNode(true);
                        copy.Default = null;
                        result.Append(copy);
                        written.Add(id);
                        added.Add(copy);
                    }
                    else link.Remove();
                }
            pending = added;
        }
        return result;
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static List<OpenXmlElement> References(Style style) =>
        new OpenXmlElement?[] { style.BasedOn, style.NextParagraphStyle, style.LinkedStyle }
            .Where(r => r is not null && Val(r) is not null).Cast<OpenXmlElement>().ToList();

    private static string? Val(OpenXmlElement e) =>
        e.GetAttributes().FirstOrDefault(a => a.LocalName == "val" && a.NamespaceUri == W).Value;

    private static void SetLanguage(DocDefaults defaults, string language)
    {
        defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = defaults.RunPropertiesDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        run.Languages = new Languages { Val = language };
    }
}
