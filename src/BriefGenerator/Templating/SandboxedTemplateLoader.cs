using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGenerator.Templating;

/// <summary>Resolves <c>include "name"</c> to a file under the templates folder, and nowhere else:
/// no absolute paths, no <c>..</c>, no links out. A name without an extension gets <c>.sbn</c>.</summary>
public sealed class SandboxedTemplateLoader : ITemplateLoader
{
    private readonly string _root;

    public SandboxedTemplateLoader(string templatesRoot) => _root = Path.GetFullPath(templatesRoot);

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName)
            || templateName.Replace('\\', '/').Split('/').Any(p => p is ".." or "."))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is refused: name a file under the templates folder, without '..' or an absolute path");
        var name = Path.HasExtension(templateName) ? templateName : templateName + ".sbn";
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the templates folder");
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is a link; links are not followed");
        if (!info.Exists)
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found under the templates folder");
        return full;
    }

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath);

    public ValueTask<string> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
