using System.Collections;

namespace BriefGenerator.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe so renderers running in parallel can report.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();

    /// <summary>True once any error has been reported.</summary>
    public bool HasErrors { get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); } }

    /// <summary>Number of diagnostics reported so far.</summary>
    public int Count { get { lock (_gate) return _items.Count; } }

    public void Add(Diagnostic diagnostic) { lock (_gate) _items.Add(diagnostic); }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) { foreach (var d in diagnostics) Add(d); }

    public void Error(string code, string message, SourceSpan span) => Add(new(Severity.Error, code, message, span));

    public void Warning(string code, string message, SourceSpan span) => Add(new(Severity.Warning, code, message, span));

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        List<Diagnostic> copy;
        lock (_gate) copy = _items.ToList();
        return copy.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
