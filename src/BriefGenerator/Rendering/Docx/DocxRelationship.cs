namespace BriefGenerator.Rendering.Docx;

/// <summary>One relationship of a part (or of the package) as its <c>.rels</c> part lists it: id, type, target (an
/// absolute part name such as <c>/word/styles.xml</c>, or an external URI as given) and whether it is external.</summary>
internal readonly record struct DocxRelationship(string Id, string Type, string Target, bool External);
