using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Content;
using BriefGenerator.Files;

namespace BriefGenerator.Templating;

/// <summary>The templates under a folder. A template is a sub-folder holding <c>template.sbn</c>.</summary>
public sealed partial class TemplateCatalog
{
    /// <summary>File name of a template's Scriban source.</summary>
    public const string TemplateFile = "template.sbn";

    /// <summary>File name of a template's optional theme.</summary>
    public const string ThemeFile = "theme.yaml";

    public TemplateCatalog(string root) => Root = Path.GetFullPath(root);

    /// <summary>The templates folder.</summary>
    public string Root { get; }

    /// <summary>The bundled fonts folder: <c>templates/fonts</c>.</summary>
    public string FontsFolder => Path.Combine(Root, "fonts");

    /// <summary>Every template, by name.</summary>
    public IReadOnlyList<TemplateInfo> All() =>
        !Directory.Exists(Root)
            ? Array.Empty<TemplateInfo>()
            : Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal)
                .Select(d => Find(Path.GetFileName(d))).OfType<TemplateInfo>().ToList();

    /// <summary>The template of that name, or null.</summary>
    public TemplateInfo? Find(string name)
    {
        if (!NamePattern().IsMatch(name)) return null;
        var folder = Path.Combine(Root, name);
        var path = Path.Combine(folder, TemplateFile);
        // Present in any form (a link, a pipe): rendering it then says what is wrong with it.
        if (FileStat.Of(path).Kind == FileKind.Missing) return null;
        var theme = Path.Combine(folder, ThemeFile);
        return new TemplateInfo(name, folder, path, FileStat.Of(theme).Kind != FileKind.Missing ? theme : null, Describe(path));
    }

    private string Describe(string path)
    {
        var read = ConfinedFile.Read(path, Root, SourceText.MaxBytes);
        if (!read.Ok) return "";
        var text = Encoding.UTF8.GetString(read.Bytes!).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var m = DescriptionPattern().Match(end < 0 ? text : text[..end]);
        return m.Success ? m.Groups[1].Value.Trim() : "";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^\{\{-?\s*#\s*(.*?)\s*-?\}\}")]
    private static partial Regex DescriptionPattern();
}
