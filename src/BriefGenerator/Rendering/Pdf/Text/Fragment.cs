using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>A piece of text set in one face and style, with its measured width. Spaces are fragments of their own.</summary>
internal sealed record Fragment(string Text, FontFace Face, RunStyle Style, double Width)
{
    /// <summary>True for a fragment that is only a space (the glue justification stretches).</summary>
    public bool IsSpace => Text == " ";
}
