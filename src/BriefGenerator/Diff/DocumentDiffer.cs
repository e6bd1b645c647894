namespace BriefGenerator.Diff;

/// <summary>Compares two snapshots: front matter field by field, sections matched by id, then title, then content
/// (so a retitled or moved section is one change, not a removal and an addition), blocks inside matched sections by
/// a sequence diff with word-level changes, tables by <see cref="TableDiffer"/>, then notes by label and links.</summary>
public sealed partial class DocumentDiffer
{
    private readonly List<Change> _changes = new();

    private DocumentDiffer() { }

    /// <summary>The differences from <paramref name="oldBrief"/> to <paramref name="newBrief"/>.</summary>
    public static DiffReport Compare(BriefSnapshot oldBrief, BriefSnapshot newBrief, string oldName, string newName)
    {
        var differ = new DocumentDiffer();
        differ.Fields(oldBrief.Fields, newBrief.Fields);
        differ.Sections(oldBrief.Sections, newBrief.Sections);
        differ.Notes(oldBrief.Notes, newBrief.Notes);
        differ.Links(oldBrief.Links, newBrief.Links);
        return new DiffReport(oldName, newName, differ._changes);
    }

    private void Fields(IReadOnlyList<SnapshotField> oldFields, IReadOnlyList<SnapshotField> newFields)
    {
        var old = oldFields.ToDictionary(f => f.Name);
        var seen = new HashSet<string>();
        foreach (var f in newFields)
        {
            seen.Add(f.Name);
            if (!old.TryGetValue(f.Name, out var o)) _changes.Add(new Change(ChangeKind.Added, "field", "", f.Name, null, f.Value, null, f.Line));
            else if (o.Value != f.Value) _changes.Add(TextChange("field", "", f.Name, o.Value, f.Value, o.Line, f.Line));
        }
        foreach (var o in oldFields.Where(o => !seen.Contains(o.Name)))
            _changes.Add(new Change(ChangeKind.Removed, "field", "", o.Name, o.Value, null, o.Line, null));
    }

    private void Notes(IReadOnlyList<SnapshotNote> oldNotes, IReadOnlyList<SnapshotNote> newNotes)
    {
        var old = new Dictionary<string, SnapshotNote>();
        foreach (var n in oldNotes) old.TryAdd(n.Label, n);
        var seen = new HashSet<string>();
        foreach (var n in newNotes)
        {
            seen.Add(n.Label);
            if (!old.TryGetValue(n.Label, out var o)) _changes.Add(new Change(ChangeKind.Added, "note", "", "[^" + n.Label + "]", null, n.Text, null, n.Line));
            else if (o.Text != n.Text) _changes.Add(TextChange("note", "", "[^" + n.Label + "]", o.Text, n.Text, o.Line, n.Line));
        }
        foreach (var o in oldNotes.Where(o => seen.Add(o.Label)))
            _changes.Add(new Change(ChangeKind.Removed, "note", "", "[^" + o.Label + "]", o.Text, null, o.Line, null));
    }

    private void Links(IReadOnlyList<SnapshotLink> oldLinks, IReadOnlyList<SnapshotLink> newLinks)
    {
        // Links compare as multisets: the same link in both is no change wherever the text moved it.
        var removed = oldLinks.ToList();
        var added = new List<SnapshotLink>();
        foreach (var l in newLinks)
        {
            var i = removed.IndexOf(l);
            if (i >= 0) removed.RemoveAt(i); else added.Add(l);
        }
        foreach (var l in added)
        {
            var i = removed.FindIndex(r => r.Url == l.Url);
            if (i < 0) i = removed.FindIndex(r => r.Text == l.Text);
            if (i >= 0)
            {
                var r = removed[i];
                removed.RemoveAt(i);
                _changes.Add(new Change(ChangeKind.Changed, "link", "", l.Text, $"{r.Text} <{r.Url}>", $"{l.Text} <{l.Url}>", null, null));
            }
            else _changes.Add(new Change(ChangeKind.Added, "link", "", l.Text, null, $"{l.Text} <{l.Url}>", null, null));
        }
        foreach (var r in removed) _changes.Add(new Change(ChangeKind.Removed, "link", "", r.Text, $"{r.Text} <{r.Url}>", null, null, null));
    }

    /// <summary>A change of text with its word-level runs.</summary>
    internal static Change TextChange(string item, string section, string? label, string oldText, string newText, int? oldLine, int? newLine) =>
        new(ChangeKind.Changed, item, section, label, oldText, newText, oldLine, newLine) { Words = WordDiff.Compare(oldText, newText) };
}
