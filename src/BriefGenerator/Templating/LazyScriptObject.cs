using Scriban;
using Scriban.Runtime;

namespace BriefGenerator.Templating;

/// <summary>A Scriban object whose members named up front are made only when a template first looks one up (or writes
/// it), so a render pays only for the built-in modules it uses. Scriban's default built-ins make every module — each
/// function object of <c>string</c>, <c>array</c>, <c>math</c>, <c>date</c>... — for every render (5 % of a cold build).
/// Every lookup path Scriban takes on a global store (<see cref="TryGetValue"/>, <see cref="Contains"/>,
/// <see cref="CanWrite"/>, setting, removing, copying, cloning) makes the member first, so a template sees the same
/// members, values and read-only flags as with the members set eagerly.</summary>
public sealed class LazyScriptObject : ScriptObject
{
    private readonly Dictionary<string, (Func<object?> Make, bool ReadOnly)> _pending = new(StringComparer.Ordinal);

    /// <summary>An empty object (no static members imported).</summary>
    public LazyScriptObject() : base(12, false) { }

    /// <summary>Names <paramref name="member"/>, whose value <paramref name="make"/> gives on first use.</summary>
    public void SetLazy(string member, Func<object?> make, bool readOnly)
    {
        Remove(member);
        _pending[member] = (make, readOnly);
    }

    /// <summary>Members named but not made yet (tests).</summary>
    internal int PendingCount => _pending.Count;

    private void Make(string? member)
    {
        if (member is not null && _pending.Remove(member, out var lazy)) SetValue(member, lazy.Make(), lazy.ReadOnly);
    }

    private void MakeAll()
    {
        foreach (var member in _pending.Keys.ToList()) Make(member);
    }

    /// <inheritdoc/>
    public override bool Contains(string member)
    {
        Make(member);
        return base.Contains(member);
    }

    /// <inheritdoc/>
    public override bool TryGetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
    {
        Make(member);
        return base.TryGetValue(context, span, member, out value);
    }

    /// <inheritdoc/>
    public override bool CanWrite(string member)
    {
        Make(member);
        return base.CanWrite(member);
    }

    /// <inheritdoc/>
    public override bool TrySetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, object? value, bool readOnly)
    {
        Make(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    /// <inheritdoc/>
    public override bool Remove(string member)
    {
        var pending = member is not null && _pending.Remove(member);
        return base.Remove(member!) | pending;
    }

    /// <inheritdoc/>
    public override void SetReadOnly(string member, bool readOnly)
    {
        Make(member);
        base.SetReadOnly(member, readOnly);
    }

    /// <inheritdoc/>
    public override void CopyTo(ScriptObject dest)
    {
        MakeAll();
        base.CopyTo(dest);
    }

    /// <inheritdoc/>
    public override IScriptObject Clone(bool deep)
    {
        MakeAll();
        return base.Clone(deep);
    }
}
