using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>A page whose body is written but whose running head and foot wait for the page count: its object number,
/// size, body content stream, parent-tree key, the resources and annotations of its body, and the drawing still to do.
/// Its page dictionary is written with the running content (<see cref="DirectCanvas"/>'s Finish).</summary>
internal sealed record PendingPage(
    int Number, double Width, double Height, int Contents, int Key, PdfFontResource[] Fonts,
    KeyValuePair<string, int>[] XObjects, KeyValuePair<string, int>[] GraphicsStates, int[] Annotations, Action<IPdfCanvas> Running);
