namespace BriefGenerator.Diff;

/// <summary>One change as a line of prose, shared by the text and Markdown outputs.</summary>
public static class ChangePhrase
{
    /// <summary>"paragraph changed (line 14): … [-old-]{+new+} …", "Budget, Canal lining: 210 → 240 (+14%)", ….</summary>
    public static string Of(Change c, WordStyle style)
    {
        string E(string? s) => style.Escape(string.IsNullOrEmpty(s) ? "(empty)" : s);
        string Words() => c.Words is { } w ? style.Render(w) : $"{E(c.Old)} → {E(c.New)}";
        var at = c.NewLine is { } n ? $" (line {n})" : c.OldLine is { } o ? $" (was line {o})" : "";
        return (c.Item, c.Kind) switch
        {
            ("field", ChangeKind.Changed) => $"{E(c.Label)}: {Words()}",
            ("field", ChangeKind.Added) => $"{E(c.Label)} added: {E(c.New)}",
            ("field", _) => $"{E(c.Label)} removed: {E(c.Old)}",
            ("section", ChangeKind.Added) => $"section added{at}: {E(c.New)}",
            ("section", ChangeKind.Removed) => $"section removed{at}: {E(c.Old)}",
            ("section", ChangeKind.Moved) => $"section moved{at}: {E(c.Detail)}",
            ("section", _) => $"section retitled{at}: {Words()}",
            ("table", ChangeKind.Changed) => $"table caption changed{at}: {Words()}",
            ("column", ChangeKind.Renamed) => $"{E(c.Label)}: column \"{E(c.Old)}\" renamed to \"{E(c.New)}\"",
            ("column", ChangeKind.Added) => $"{E(c.Label)}: column \"{E(c.New)}\" added",
            ("column", _) => $"{E(c.Label)}: column \"{E(c.Old)}\" removed",
            ("row", ChangeKind.Added) => $"{E(c.Label)}: row added: {E(c.New)}",
            ("row", _) => $"{E(c.Label)}: row removed: {E(c.Old)}",
            ("cell", _) => $"{E(c.Label)}: {E(c.Old)} → {E(c.New)}" + (c.Detail is { } d ? $" ({d})" : ""),
            ("note", ChangeKind.Changed) => $"note {E(c.Label)} changed{at}: {Words()}",
            ("note", ChangeKind.Added) => $"note {E(c.Label)} added{at}: {E(c.New)}",
            ("note", _) => $"note {E(c.Label)} removed{at}: {E(c.Old)}",
            ("link", ChangeKind.Changed) => $"link changed: {E(c.Old)} → {E(c.New)}",
            ("link", ChangeKind.Added) => $"link added: {E(c.New)}",
            ("link", _) => $"link removed: {E(c.Old)}",
            (_, ChangeKind.Changed) => $"{c.Item} changed{at}: {Words()}",
            (_, ChangeKind.Added) => $"{c.Item} added{at}: {E(c.New)}",
            _ => $"{c.Item} removed{at}: {E(c.Old)}",
        };
    }

    /// <summary>The heading a change is listed under: front matter, a section's title, notes or links.</summary>
    public static string Group(Change c) => c.Item switch
    {
        "field" => "front matter",
        "note" => "notes",
        "link" => "links",
        _ => c.Section.Length == 0 ? "lede" : "section " + c.Section,
    };
}
