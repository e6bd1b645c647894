using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGenerator.Templating;

/// <summary>A model object that refuses unknown members, so <c>brief.subtitel</c> is an error naming the typo
/// instead of printing nothing. Members that exist but are empty (null) read as null as usual.</summary>
public sealed class StrictScriptObject : ScriptObject
{
    public override bool TryGetValue(TemplateContext context, Scriban.Parsing.SourceSpan span, string member, out object value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (Contains(member)) return true;
        var known = string.Join(", ", Keys.Order(StringComparer.Ordinal));
        throw new ScriptRuntimeException(span, $"'{member}' is not a field of this object (fields: {known})");
    }
}
