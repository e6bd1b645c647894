namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>A bare keyword: a content-stream operator, or <c>obj</c>, <c>stream</c>, <c>R</c> in a file.</summary>
public sealed record PdfKeyword(string Value);
