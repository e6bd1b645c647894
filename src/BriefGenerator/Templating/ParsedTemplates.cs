using Scriban;

namespace BriefGenerator.Templating;

/// <summary>The last template each thread parsed, kept with the text and path it was parsed from: a build of many
/// briefs renders one template for all of them, and parsing it again for each was most of a render's parse. The text
/// is read from the file for every brief and compared whole, so an edited template is parsed again (and a template
/// with errors is parsed again too, to report them). A parsed template is read, never changed, by a render (Scriban
/// keeps a render's state in its <see cref="TemplateContext"/>; a parsed template is made to be rendered again);
/// each thread holds its own all the same.</summary>
internal static class ParsedTemplates
{
    [ThreadStatic] private static (string Text, string Path, Template Parsed)? _last;

    /// <summary>The template parsed from <paramref name="text"/> (as <see cref="Template.Parse"/> with
    /// <paramref name="path"/>), this thread's last one when the text and path are the same.</summary>
    public static Template Parse(string text, string path)
    {
        if (_last is { } last && string.Equals(last.Path, path, StringComparison.Ordinal) && string.Equals(last.Text, text, StringComparison.Ordinal))
            return last.Parsed;
        var parsed = Template.Parse(text, path);
        _last = parsed.HasErrors ? null : (text, path, parsed);
        return parsed;
    }
}
