namespace BriefGenerator.Document;

/// <summary>One source of a <see cref="SourceList"/>: printed as <c>[Number] Title. Url</c>. <see cref="Id"/> is the
/// link target of citations (<c>[1]</c> in the text); <see cref="Title"/> is empty when the definition has none.</summary>
public sealed record SourceEntry(string Id, int Number, string Label, string Title, string Url);
