namespace BriefGenerator.Rendering.Pdf.Canvas;

/// <summary>Where a link target (heading or table) landed: 0-based page index and distance from the page top.</summary>
internal readonly record struct PageAnchor(int PageIndex, double Y);
