using Scriban.Functions;
using Scriban.Runtime;

namespace BriefGenerator.Templating;

/// <summary>Scriban's built-in functions (the members of <see cref="BuiltinFunctions"/>: <c>array</c>, <c>date</c>,
/// <c>html</c>, <c>math</c>, <c>object</c>, <c>regex</c>, <c>string</c>, <c>timespan</c>, <c>include</c>,
/// <c>empty</c>...), each made when a template first uses it (<see cref="LazyScriptObject"/>), all read-only as Scriban
/// sets them. A test checks that the names and kinds match Scriban's own set.</summary>
internal static class LazyBuiltins
{
    /// <summary>A fresh built-in object for one render.</summary>
    public static LazyScriptObject Create()
    {
        var builtins = new LazyScriptObject();
        builtins.SetLazy("array", static () => new ArrayFunctions(), readOnly: true);
        builtins.SetLazy("empty", static () => EmptyScriptObject.Default, readOnly: true);
        builtins.SetLazy("blank", static () => EmptyScriptObject.Default, readOnly: true);
        builtins.SetLazy("include", static () => new IncludeFunction(), readOnly: true);
        builtins.SetLazy("include_join", static () => new IncludeJoinFunction(), readOnly: true);
        builtins.SetLazy("date", static () => new DateTimeFunctions(), readOnly: true);
        builtins.SetLazy("html", static () => new HtmlFunctions(), readOnly: true);
        builtins.SetLazy("math", static () => new MathFunctions(), readOnly: true);
        builtins.SetLazy("object", static () => new ObjectFunctions(), readOnly: true);
        builtins.SetLazy("regex", static () => new RegexFunctions(), readOnly: true);
        builtins.SetLazy("string", static () => new StringFunctions(), readOnly: true);
        builtins.SetLazy("timespan", static () => new TimeSpanFunctions(), readOnly: true);
        return builtins;
    }
}
