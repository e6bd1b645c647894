namespace BriefGenerator.Document;

/// <summary>A piece of running text inside a block. Subtypes: <see cref="Text"/>, <see cref="Strong"/>,
/// <see cref="Emphasis"/>, <see cref="Link"/>, <see cref="CrossRef"/>, <see cref="Code"/>, <see cref="LineBreak"/>,
/// <see cref="Superscript"/>, <see cref="Subscript"/>.</summary>
public abstract record Inline;
