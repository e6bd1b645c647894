namespace BriefGenerator.Diff;

/// <summary>How deleted and inserted words are marked in one output format, and how long kept runs are shortened.</summary>
/// <param name="Deleted">Marks a run of deleted words (already escaped for the format).</param>
/// <param name="Inserted">Marks a run of inserted words.</param>
/// <param name="Escape">Escapes plain text for the format.</param>
/// <param name="Context">Kept words shown on each side of a change; longer kept runs are cut with "…" (0 keeps all).</param>
public sealed record WordStyle(Func<string, string> Deleted, Func<string, string> Inserted, Func<string, string> Escape, int Context)
{
    /// <summary>git's word-diff marks: <c>[-old-]{+new+}</c>.</summary>
    public static WordStyle Plain { get; } = new(t => $"[-{t}-]", t => $"{{+{t}+}}", t => t, 8);

    /// <summary>Red and green on a terminal (with the plain marks too, for colour-blind readers).</summary>
    public static WordStyle Colour { get; } = new(t => $"\u001b[31m[-{t}-]\u001b[0m", t => $"\u001b[32m{{+{t}+}}\u001b[0m", t => t, 8);

    /// <summary>Markdown: <c>~~old~~</c> and <c>**new**</c>.</summary>
    public static WordStyle Markdown { get; } = new(t => $"~~{t}~~", t => $"**{t}**", MarkdownText.Escape, 8);

    /// <summary>The runs as one line, kept runs shortened to the context.</summary>
    public string Render(IReadOnlyList<WordOp> ops)
    {
        var parts = new List<string>();
        for (var k = 0; k < ops.Count; k++)
        {
            var op = ops[k];
            var text = Escape(op.Text);
            switch (op.Kind)
            {
                case WordOpKind.Delete: parts.Add(Deleted(text)); break;
                case WordOpKind.Insert: parts.Add(Inserted(text)); break;
                default: parts.Add(Escape(Shorten(op.Text, k > 0, k < ops.Count - 1))); break;
            }
        }
        return string.Join(' ', parts);
    }

    private string Shorten(string text, bool before, bool after)
    {
        var words = WordDiff.Words(text);
        if (Context == 0 || words.Length <= Context * (before && after ? 2 : 1) + 1) return text;
        var head = before ? string.Join(' ', words[..Context]) : "";
        var tail = after ? string.Join(' ', words[^Context..]) : "";
        return string.Join(' ', new[] { head, "…", tail }.Where(s => s.Length > 0));
    }
}
