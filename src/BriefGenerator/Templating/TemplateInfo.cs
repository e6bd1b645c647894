namespace BriefGenerator.Templating;

/// <summary>A template folder: <c>templates/&lt;name&gt;/template.sbn</c>, an optional <c>theme.yaml</c>, and the
/// one-line description from the template's first comment <c>{{# … }}</c>.</summary>
public sealed record TemplateInfo(string Name, string Folder, string TemplatePath, string? ThemePath, string Description);
