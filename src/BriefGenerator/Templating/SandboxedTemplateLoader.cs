using System.Text;
using BriefGenerator.Content;
using BriefGenerator.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGenerator.Templating;

/// <summary>Resolves <c>include "name"</c> to a file under the templates folder, and nowhere else: no absolute
/// paths, no <c>..</c>, and links are followed and must stay inside the templates folder (a linked folder leading
/// out is refused). The file must be a regular file of at most <see cref="SourceText.MaxBytes"/>, read through
/// <see cref="ConfinedFile"/>. A name without an extension gets <c>.sbn</c>.</summary>
public sealed class SandboxedTemplateLoader : ITemplateLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
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
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is refused: it is outside the templates folder");
        var check = ConfinedFile.Check(full, _root);
        return check.Problem switch
        {
            FileProblem.None => check.RealPath,
            FileProblem.Missing => throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found under the templates folder"),
            _ => throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is refused: it {check.Message}"),
        };
    }

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath)
    {
        var read = ConfinedFile.Read(templatePath, _root, SourceText.MaxBytes);
        if (!read.Ok) throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}' is refused: it {read.Message}");
        try { return StrictUtf8.GetString(read.Bytes!).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}' is not valid UTF-8 text"); }
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
