using BriefGenerator.Document;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Superscript and subscript as Word writes them: runs with <c>w:vertAlign</c>, so Word sets the size and
/// the raise itself.</summary>
internal static class ScriptRuns
{
    /// <summary>The vertical position of a <see cref="Superscript"/> or <see cref="Subscript"/>.</summary>
    public static VerticalPositionValues Position(Inline script) =>
        script is Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript;

    /// <summary>The children of a superscript or subscript.</summary>
    public static IReadOnlyList<Inline> Children(Inline script) => script switch
    {
        Superscript p => p.Children,
        Subscript b => b.Children,
        _ => Array.Empty<Inline>(),
    };
}
