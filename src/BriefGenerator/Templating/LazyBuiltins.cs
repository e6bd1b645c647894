using Scriban.Functions;
using Scriban.Runtime;

namespace BriefGenerator.Templating;

/// <summary>Scriban's built-in functions (the members of <see cref="BuiltinFunctions"/>: <c>array</c>, <c>date</c>,
/// <c>html</c>, <c>math</c>, <c>object</c>, <c>regex</c>, <c>string</c>, <c>timespan</c>, <c>include</c>,
/// <c>empty</c>...), each made when a template first uses it (<see cref="LazyScriptObject"/>), all read-only as Scriban
/// sets them. A test checks that the names and kinds match Scriban's own set.
/// The stateless modules (every one but <c>date</c>, whose format and culture a template may set) are made once per
/// process and deep-cloned for each render, as Scriban's own <see cref="BuiltinFunctions"/> clones its default set:
/// a render gets its own module objects (a template that adds a member to <c>string</c> changes only its own copy)
/// sharing the function objects, which hold no state, instead of importing every function again (making
/// <c>string</c> and <c>array</c> was 6 % of the CPU of a build of 500 briefs).</summary>
internal static class LazyBuiltins
{
    private static readonly Lazy<ScriptObject> Array = new(() => new ArrayFunctions());
    private static readonly Lazy<ScriptObject> Html = new(() => new HtmlFunctions());
    private static readonly Lazy<ScriptObject> Math = new(() => new MathFunctions());
    private static readonly Lazy<ScriptObject> Object = new(() => new ObjectFunctions());
    private static readonly Lazy<ScriptObject> Regex = new(() => new RegexFunctions());
    private static readonly Lazy<ScriptObject> String = new(() => new StringFunctions());
    private static readonly Lazy<ScriptObject> TimeSpan = new(() => new TimeSpanFunctions());

    /// <summary>A fresh built-in object for one render.</summary>
    public static LazyScriptObject Create()
    {
        var builtins = new LazyScriptObject();
        builtins.SetLazy("array", static () => Copy(Array), readOnly: true);
        builtins.SetLazy("empty", static () => EmptyScriptObject.Default, readOnly: true);
        builtins.SetLazy("blank", static () => EmptyScriptObject.Default, readOnly: true);
        builtins.SetLazy("include", static () => new IncludeFunction(), readOnly: true);
        builtins.SetLazy("include_join", static () => new IncludeJoinFunction(), readOnly: true);
        builtins.SetLazy("date", static () => new DateTimeFunctions(), readOnly: true);
        builtins.SetLazy("html", static () => Copy(Html), readOnly: true);
        builtins.SetLazy("math", static () => Copy(Math), readOnly: true);
        builtins.SetLazy("object", static () => Copy(Object), readOnly: true);
        builtins.SetLazy("regex", static () => Copy(Regex), readOnly: true);
        builtins.SetLazy("string", static () => Copy(String), readOnly: true);
        builtins.SetLazy("timespan", static () => Copy(TimeSpan), readOnly: true);
        return builtins;
    }

    /// <summary>Makes the process's <c>string</c> module now (a head start on a spare core, <see cref="Build.Warmup"/>):
    /// the native binary's first Scriban function made from a delegate computes the runtime's table from code addresses
    /// back to methods, about 15 ms once per process, which the template render would otherwise wait for.</summary>
    public static void Prepare() => _ = String.Value;

    // The process's module, cloned: the prototype is only ever read (Clone reads its members), never handed out.
    private static object Copy(Lazy<ScriptObject> prototype) => prototype.Value.Clone(true);
}
