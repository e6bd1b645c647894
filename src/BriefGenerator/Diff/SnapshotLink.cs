namespace BriefGenerator.Diff;

/// <summary>An external link: the text a reader sees and where it goes.</summary>
public sealed record SnapshotLink(string Text, string Url);
