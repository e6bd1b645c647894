namespace BriefGenerator.Templating;

/// <summary>Brief markup produced by a template, with the name it is reported under.</summary>
public sealed record RenderedMarkup(string TemplateName, string Text, string DisplayName);
