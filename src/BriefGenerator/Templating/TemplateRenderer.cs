using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = BriefGenerator.Diagnostics.SourceSpan;

namespace BriefGenerator.Templating;

/// <summary>Renders a brief through a Scriban template into brief markup, in a sandbox: strict variables
/// (a typo is an error, not an empty string), loop and recursion limits, an output cap, a time limit, and
/// includes from the templates folder only.</summary>
public sealed class TemplateRenderer
{
    /// <summary>Largest markup a template may produce (16 MiB).</summary>
    public const int OutputLimit = 16 * 1024 * 1024;

    private readonly TemplateCatalog _catalog;
    private readonly TimeSpan _timeLimit;
    private readonly DateTime? _now;

    /// <param name="catalog">Where templates and includes come from.</param>
    /// <param name="timeLimit">How long a render may run (10 s).</param>
    /// <param name="now">What <c>date.now</c> gives a template: the build date (SOURCE_DATE_EPOCH); null for the
    /// brief's date at midnight UTC. Never the clock, so two builds give the same bytes.</param>
    public TemplateRenderer(TemplateCatalog catalog, TimeSpan? timeLimit = null, DateTime? now = null)
    {
        _catalog = catalog;
        _timeLimit = timeLimit ?? TimeSpan.FromSeconds(10);
        _now = now;
    }

    /// <summary>Renders; null after reporting errors located in the template file.</summary>
    public RenderedMarkup? Render(Brief brief, TemplateInfo template, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(template.TemplatePath);
        var source = SourceText.Read(template.TemplatePath, display, diagnostics, _catalog.Root);
        if (source is null) return null;
        var parsed = ParsedTemplates.Parse(source, template.TemplatePath);
        if (parsed.HasErrors)
        {
            foreach (var m in parsed.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, m.Message, Span(m.Span));
            return null;
        }

        // The clock, like the built-ins, is made only if the template uses `date` (LazyScriptObject).
        var globals = new LazyScriptObject { ["brief"] = BriefModel.Create(brief) };
        globals.SetLazy("date", () => FixedClock(brief), readOnly: false);
        // The time limit is a deadline the context checks as it evaluates (no timer thread: DeadlineContext).
        var context = new DeadlineContext(LazyBuiltins.Create(), _timeLimit)
        {
            StrictVariables = true,
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            ObjectRecursionLimit = 64,
            // Limits are errors, never truncation: Scriban's default is to cut a long string or output with "...".
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            TemplateLoader = new SandboxedTemplateLoader(_catalog.Root),
            MemberRenamer = member => member.Name,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        try
        {
            var text = parsed.Render(context);
            return new RenderedMarkup(template.Name, text, display);
        }
        catch (ScriptAbortException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template took longer than {_timeLimit.TotalSeconds:0} s and was stopped", Span(ex.Span));
        }
        catch (ScriptRuntimeException ex)
        {
            var code = ex.OriginalMessage.Contains("include", StringComparison.Ordinal) && ex.OriginalMessage.Contains("refused", StringComparison.Ordinal)
                ? DiagnosticCodes.TemplateInclude : DiagnosticCodes.TemplateRuntime;
            diagnostics.Error(code, Explain(ex.OriginalMessage), Span(ex.Span));
        }
        return null;
    }

    // Scriban's date functions, with date.now fixed to the build date instead of the clock.
    private DateTimeFunctions FixedClock(Brief brief)
    {
        var date = new DateTimeFunctions();
        date.SetValue("now", _now ?? brief.Metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), readOnly: true);
        return date;
    }

    // Scriban names its settings; say what the limit is instead.
    private static string Explain(string message) =>
        message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal)
            ? $"the template's output would pass {OutputLimit / (1024 * 1024)} Mi characters (the limit); nothing was cut, the brief is not built"
            : message;

    private SourceSpan Span(Scriban.Parsing.SourceSpan span) =>
        new(DisplayPath.For(string.IsNullOrEmpty(span.FileName) ? "template.sbn" : span.FileName), span.Start.Line + 1, span.Start.Column + 1);

}
