namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>A cover's content built at one scale of its sizes: the designed parts (masthead, title block, byline) and
/// the same blocks stacked in one column for a cover too tall for the designed page.</summary>
internal sealed record CoverParts(Element? Masthead, Element Main, Element? Byline, Element Stacked);
