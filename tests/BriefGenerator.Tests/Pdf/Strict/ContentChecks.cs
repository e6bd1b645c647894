namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>Checks a page's content stream operator by operator: text objects, graphics states and marked-content
/// sequences properly nested (ISO 32000-1 §8.4.2, §9.4, §14.6), every painting operator inside tagged content (an MCID
/// the structure tree's parent tree knows) or an artifact (PDF/UA-1 §7.1), never one inside the other.</summary>
public static class ContentChecks
{
    private static readonly HashSet<string> Painting = new(StringComparer.Ordinal)
        { "Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do" };

    private sealed record Open(string Kind, string Tag = "", int? Mcid = null)
    {
        public override string ToString() => Kind == "MC" ? $"/{Tag}{(Mcid is { } m ? $" MCID {m}" : "")}" : Kind;
    }

    /// <summary>Problems on one page; <paramref name="knownMcids"/> are the MCIDs the parent tree maps for this page.</summary>
    public static List<string> Page(byte[] content, int pageNumber, ISet<int> knownMcids)
    {
        var problems = new List<string>();
        var stack = new List<Open>();
        var mcids = new HashSet<int>();
        var operands = new List<object?>();
        var syntax = new PdfSyntax(content);
        int index = 0;
        void Problem(string what) { if (problems.Count < 20) problems.Add($"page {pageNumber}, operator {index}: {what} (open: {string.Join(" > ", stack)})"); }

        while (!syntax.AtEnd)
        {
            var token = syntax.Read(references: false);
            if (token is not PdfKeyword op) { operands.Add(token); continue; }
            index++;
            switch (op.Value)
            {
                case "q": stack.Add(new Open("q")); break;
                case "BT":
                    if (stack.Exists(o => o.Kind == "BT")) Problem("BT inside a text object");
                    stack.Add(new Open("BT"));
                    break;
                case "BMC" or "BDC":
                {
                    var tag = (operands.FirstOrDefault() as PdfName)?.Value ?? "?";
                    int? mcid = op.Value == "BDC" && operands.ElementAtOrDefault(1) is Dictionary<string, object?> props
                        && props.TryGetValue("MCID", out var m) && m is double d ? (int)d : null;
                    bool inArtifact = stack.Exists(o => o.Tag == "Artifact"), inTagged = stack.Exists(o => o.Mcid is not null);
                    if (tag == "Artifact" && inTagged) Problem("artifact inside tagged content");
                    if (mcid is not null && inArtifact) Problem($"MCID {mcid} inside an artifact");
                    if (mcid is { } id && !mcids.Add(id)) Problem($"MCID {id} used twice");
                    if (mcid is { } known && !knownMcids.Contains(known)) Problem($"MCID {known} is not in the structure tree's parent tree");
                    stack.Add(new Open("MC", tag, mcid));
                    break;
                }
                case "Q" or "ET" or "EMC":
                {
                    var kind = op.Value switch { "Q" => "q", "ET" => "BT", _ => "MC" };
                    int at = stack.FindLastIndex(o => o.Kind == kind);
                    if (at < 0) { Problem($"{op.Value} without its opening operator"); break; }
                    if (at != stack.Count - 1) Problem($"{op.Value} closes {stack[at]} while {stack[^1]}, opened inside it, is still open");
                    stack.RemoveAt(at);
                    break;
                }
                default:
                    if (Painting.Contains(op.Value) && !stack.Exists(o => o.Tag == "Artifact" || o.Mcid is not null))
                        Problem($"'{op.Value}' paints content that is neither tagged nor an artifact");
                    if (op.Value is "Tj" or "TJ" or "'" or "\"" && !stack.Exists(o => o.Kind == "BT")) Problem($"'{op.Value}' outside a text object");
                    break;
            }
            operands.Clear();
        }
        if (stack.Count > 0) Problem("the content stream ends with operators still open");
        foreach (var id in knownMcids.Where(id => !mcids.Contains(id))) Problem($"the parent tree maps MCID {id}, which the page does not have");
        return problems;
    }
}
