using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Layout;

/// <summary>Draws the theme's logo: on the cover at <c>logo_width</c>, top right (centred in the right margin when the
/// margin is wide enough, else at the right edge of the text), tagged as a Figure whose alt text names the organisation;
/// in the running head at a third of that width (at most 18 pt high), at the right end of the head line (the left end in a right-to-left brief), as an artifact.</summary>
internal static class LogoPainter
{
    /// <summary>The cover's logo, its top at <paramref name="top"/>.</summary>
    public static void Cover(IPdfCanvas canvas, LayoutContext context, double top)
    {
        if (context.Logo is not { } logo) return;
        var page = context.Theme.Page;
        var width = context.Theme.LogoWidth;
        var height = width / logo.Aspect;
        var right = page.Width - page.MarginRight;
        var x = page.MarginRight >= width + 24 ? right + (page.MarginRight - width) / 2 : right - width;
        canvas.BeginFigure(context.Organization is { Length: > 0 } org ? $"Logo of {org}" : "Logo", x, top, width, height);
        canvas.DrawImage(logo, x, top, width, height);
        canvas.EndTag();
    }

    /// <summary>The running head's logo, standing on <paramref name="baseline"/> (the head's rule).</summary>
    public static void Head(IPdfCanvas canvas, LayoutContext context, double baseline)
    {
        if (context.Logo is not { } logo) return;
        var page = context.Theme.Page;
        var width = context.Theme.LogoWidth / 3;
        var height = width / logo.Aspect;
        if (height > 18) (width, height) = (18 * logo.Aspect, 18);
        // Right to left the head's text ends at the right margin, so the logo stands at the left end.
        var x = context.RightToLeft ? page.MarginLeft : page.Width - page.MarginRight - width;
        canvas.DrawImage(logo, x, baseline - height - 2, width, height);
    }
}
