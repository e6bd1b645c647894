namespace BriefGenerator.Diff;

/// <summary>Word-level differences between two texts: words are runs of non-space characters, compared exactly.</summary>
public static class WordDiff
{
    /// <summary>The runs of kept, deleted and inserted words, deletions before insertions at each place.</summary>
    public static List<WordOp> Compare(string oldText, string newText)
    {
        var a = Words(oldText);
        var b = Words(newText);
        var symbols = new SymbolTable();
        var matches = SequenceDiff.Matches(symbols.Of(a), symbols.Of(b));
        var ops = new List<WordOp>();
        int i = 0, j = 0;
        foreach (var (ma, mb) in matches.Append((a.Length, b.Length)))
        {
            if (ma > i) Add(ops, WordOpKind.Delete, a[i..ma]);
            if (mb > j) Add(ops, WordOpKind.Insert, b[j..mb]);
            if (ma < a.Length) Add(ops, WordOpKind.Equal, new[] { a[ma] });
            (i, j) = (ma + 1, mb + 1);
        }
        return ops;
    }

    /// <summary>How alike two texts are: twice the words in common over all the words (1 = same words, 0 = none shared).</summary>
    public static double Similarity(string oldText, string newText)
    {
        var a = Words(oldText);
        var b = Words(newText);
        if (a.Length + b.Length == 0) return 1;
        var symbols = new SymbolTable();
        return 2.0 * SequenceDiff.Matches(symbols.Of(a), symbols.Of(b)).Count / (a.Length + b.Length);
    }

    /// <summary>The words of a text.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void Add(List<WordOp> ops, WordOpKind kind, string[] words)
    {
        var text = string.Join(' ', words);
        if (ops.Count > 0 && ops[^1].Kind == kind) ops[^1] = ops[^1] with { Text = ops[^1].Text + " " + text };
        else ops.Add(new WordOp(kind, text));
    }
}
