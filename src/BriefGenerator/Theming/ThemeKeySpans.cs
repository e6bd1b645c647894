using BriefGenerator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefGenerator.Theming;

/// <summary>Where each key of a theme.yaml stands, by dotted path (<c>fonts.body_size</c>), so a wrong value is reported
/// at its own line. Read from the parser's events, so a repeated key (the last one wins, as in the theme) does not
/// stop it.</summary>
internal static class ThemeKeySpans
{
    private sealed class Frame(string prefix, bool mapping)
    {
        public string Prefix { get; } = prefix;
        public bool Mapping { get; } = mapping;
        public bool ExpectKey { get; set; } = true;
        public string Key { get; set; } = "";
    }

    /// <summary>Dotted key path → position of the key; what was read before a syntax error.</summary>
    public static IReadOnlyDictionary<string, SourceSpan> Read(string text, string displayPath)
    {
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var top = stack.Count > 0 ? stack.Peek() : null;
                var inKeyPosition = top is { Mapping: true, ExpectKey: true };
                switch (parser.Current)
                {
                    case Scalar scalar when inKeyPosition:
                        top!.Key = scalar.Value;
                        top.ExpectKey = false;
                        spans[top.Prefix + scalar.Value] = new SourceSpan(displayPath, (int)scalar.Start.Line, (int)scalar.Start.Column);
                        break;
                    case MappingStart:
                        stack.Push(new Frame(top is null ? "" : top.Mapping ? top.Prefix + top.Key + "." : "[].", mapping: true));
                        if (top is { Mapping: true }) top.ExpectKey = true;
                        break;
                    case SequenceStart:
                        stack.Push(new Frame("[].", mapping: false));
                        if (top is { Mapping: true }) top.ExpectKey = true;
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                    case Scalar or AnchorAlias when top is { Mapping: true }:
                        top.ExpectKey = true;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The deserializer reports the syntax error with its position; spans are only for what parsed.
        }
        return spans;
    }
}
