using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace BriefGenerator.Content;

/// <summary>Turns whatever YamlDotNet throws while loading front matter into a message and a position. Syntax errors
/// carry their own mark; other exceptions (YamlDotNet throws <see cref="InvalidOperationException"/> for a flow list
/// left open before the next key) are located by scanning the tokens again: at the innermost flow list or mapping
/// still open, or else at the last token read.</summary>
internal static class FrontMatterError
{
    /// <summary>The message and the mark (1-based line and column within the YAML) of a load failure.</summary>
    public static (string Message, Mark Start) Describe(Exception ex, string yaml)
    {
        if (ex is YamlException y)
        {
            var msg = (y.InnerException?.Message ?? y.Message).Trim();
            var colon = msg.IndexOf("): ", StringComparison.Ordinal);
            if (msg.StartsWith('(') && colon > 0) msg = msg[(colon + 3)..];
            return (msg, y.Start);
        }
        var (open, last) = Scan(yaml);
        if (open is not null)
        {
            var (closer, kind) = open is FlowSequenceStart ? (']', "list") : ('}', "mapping");
            return ($"a flow {kind} opened here is not closed with '{closer}'", open.Start);
        }
        return ($"the YAML could not be read ({ex.GetType().Name})", last?.Start ?? Mark.Empty);
    }

    private static (Token? Open, Token? Last) Scan(string yaml)
    {
        var open = new Stack<Token>();
        Token? last = null;
        try
        {
            var scanner = new Scanner(new StringReader(yaml));
            while (scanner.MoveNext())
            {
                last = scanner.Current;
                switch (last)
                {
                    case FlowSequenceStart or FlowMappingStart: open.Push(last); break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0: open.Pop(); break;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The scanner stops at the same fault; what it read up to there locates it.
        }
        return (open.Count > 0 ? open.Peek() : null, last);
    }
}
