namespace BriefGenerator.Tests.Pdf.Strict;

/// <summary>A PDF name, e.g. <c>/FontFile2</c> (stored without the slash, #xx escapes decoded).</summary>
public sealed record PdfName(string Value);
