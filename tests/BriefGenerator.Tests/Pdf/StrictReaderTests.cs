using BriefGenerator.Tests.Pdf.Strict;

namespace BriefGenerator.Tests.Pdf;

/// <summary>Every PDF of the conformance corpus read back from its bytes as a strict reader would (no PDFsharp, no
/// renderer objects): complete streams, nested marked content, tagged content, agreeing metadata, embedded subset fonts.</summary>
public class StrictReaderTests
{
    public static TheoryData<string> Corpus() => ConformanceCorpus.Names();

    private static RawPdf Read(string name) => RawPdf.Parse(ConformanceCorpus.Pdfs[name]);

    [Theory, MemberData(nameof(Corpus))]
    public void Every_stream_decodes_completely_with_its_checksum(string name) => Assert.Empty(PdfStrictness.Streams(Read(name)));

    [Theory, MemberData(nameof(Corpus))]
    public void Marked_content_nests_with_text_objects_and_graphics_states_and_all_content_is_tagged(string name) =>
        Assert.Empty(PdfStrictness.MarkedContent(Read(name)));

    [Theory, MemberData(nameof(Corpus))]
    public void Info_and_XMP_agree_and_have_no_empty_entries(string name) => Assert.Empty(PdfStrictness.Metadata(Read(name)));

    [Theory, MemberData(nameof(Corpus))]
    public void Fonts_are_embedded_subsets_with_PostScript_names_and_unicode_maps(string name) => Assert.Empty(PdfStrictness.Fonts(Read(name)));
}
