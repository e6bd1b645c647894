namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>An indirect reference <c>N G R</c>.</summary>
public sealed record PdfRef(int Number, int Generation);
