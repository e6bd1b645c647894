using System.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGenerator.Templating;

/// <summary>A template context with a time limit that needs no timer: every 256th node it evaluates, it reads the
/// clock and, once the deadline has passed, cancels its own token and aborts (Scriban's <c>CheckAbort</c>, the
/// <see cref="ScriptAbortException"/> a timed-out token gives). A timed <see cref="CancellationTokenSource"/> did
/// the same but started the runtime's timer thread, which the native binary waits for by spinning on
/// <c>sched_yield</c>, on the template render's path of every cold build.</summary>
internal sealed class DeadlineContext : TemplateContext
{
    private readonly CancellationTokenSource _abort = new();
    private readonly long _deadline;
    private int _evaluations;

    /// <param name="builtins">The built-in functions.</param>
    /// <param name="limit">How long the render may run from now.</param>
    public DeadlineContext(ScriptObject builtins, TimeSpan limit) : base(builtins)
    {
        var ticks = limit.TotalSeconds * Stopwatch.Frequency;
        _deadline = ticks >= long.MaxValue / 2 ? long.MaxValue : Stopwatch.GetTimestamp() + (long)ticks;
        CancellationToken = _abort.Token;
    }

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if ((++_evaluations & 255) == 0 && Stopwatch.GetTimestamp() >= _deadline)
        {
            _abort.Cancel();
            CheckAbort();
        }
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }
}
