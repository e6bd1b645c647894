namespace BriefGenerator.Build;

/// <summary>A bug that happened in a worker process (or a worker process that failed), as its parent reports it: the
/// worker's exception type and message, and its own text with the worker's stack trace, which <c>--verbose</c> prints.</summary>
public sealed class WorkerException : Exception
{
    private readonly string _text;

    /// <summary>A bug of type <paramref name="typeName"/> that the worker described as <paramref name="text"/>.</summary>
    public WorkerException(string typeName, string message, string text) : base(message)
    {
        TypeName = typeName;
        _text = text;
    }

    /// <summary>The name of the exception's type in the worker (InvalidOperationException, …).</summary>
    public string TypeName { get; }

    /// <summary>The worker's own description of the exception, stack trace included.</summary>
    public override string ToString() => _text;
}
