using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Rendering.Pdf.Canvas;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Runs the PDF layout onto a recording canvas, and builds long documents to paginate.</summary>
internal static class LayoutFixture
{
    private static readonly string[] Vocabulary =
        "regional security cooperation border trade water energy policy dialogue Central Asian states framework implementation capacity institutions investment"
            .Split(' ');

    public static RecordingCanvas Record(BriefDocument document, Theme? theme = null) =>
        PdfLayout.Record(document, new RenderContext(theme ?? Theme.Default, FontLibrary.Open(RepoPaths.Fonts), new DiagnosticBag()), new DiagnosticBag());

    /// <summary>Deterministic filler text of <paramref name="words"/> words.</summary>
    public static string Words(int words, int seed)
    {
        var rng = new Random(seed);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[rng.Next(Vocabulary.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>Sections of varying length, so headings fall at every height of a page somewhere.</summary>
    public static BriefDocument ManySections(int sections)
    {
        var blocks = new List<Block>();
        var rng = new Random(7);
        for (int s = 1; s <= sections; s++)
        {
            blocks.Add(H(1 + s % 2, $"s{s}", $"Heading {s}"));
            for (int p = 0, n = 1 + rng.Next(3); p < n; p++)
                blocks.Add(P(Words(20 + rng.Next(120), s * 10 + p)));
        }
        return PdfFixture.Doc(blocks.ToArray());
    }
}
