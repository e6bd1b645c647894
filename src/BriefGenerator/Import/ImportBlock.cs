namespace BriefGenerator.Import;

/// <summary>A block of an imported article: paragraph, heading, list or table.</summary>
/// <param name="Line">1-based line in the raw file where the block starts.</param>
public abstract record ImportBlock(int Line);
