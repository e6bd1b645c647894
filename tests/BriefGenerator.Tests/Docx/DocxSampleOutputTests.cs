using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Docx;

/// <summary>Writes the sample document where a person can look at it: set BRIEF_SAMPLE_OUT to a folder and the
/// test writes <c>docx-sample.docx</c> (and <c>docx-sample-toc.docx</c>) there, e.g. for
/// the shared <c>contact-sheet</c> tool.</summary>
public class DocxSampleOutputTests
{
    [Fact]
    public void Sample_is_written_when_asked()
    {
        var bytes = DocxTestRender.Everything;
        Assert.True(bytes.Length > 1000);
        var folder = Environment.GetEnvironmentVariable("BRIEF_SAMPLE_OUT");
        if (string.IsNullOrEmpty(folder)) return;

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "docx-sample.docx"), bytes);
        var withToc = DocxTestRender.EverythingWithToc;
        File.WriteAllBytes(Path.Combine(folder, "docx-sample-toc.docx"), withToc);
        var longTable = DocxTestRender.LongTable240;
        File.WriteAllBytes(Path.Combine(folder, "docx-longtable.docx"), longTable);
        Assert.True(File.Exists(Path.Combine(folder, "docx-sample.docx")));
    }
}
