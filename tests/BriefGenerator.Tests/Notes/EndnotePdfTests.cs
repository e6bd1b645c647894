using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Notes;

/// <summary>With <c>notes: endnotes</c> in the theme, the PDF collects the notes under a "Notes" heading before the back
/// matter (the list of sources), instead of at the page foot.</summary>
public class EndnotePdfTests
{
    [Fact]
    public void Notes_are_collected_before_the_sources()
    {
        var text = Readers.PdfText(NotesBuild.Endnotes.Pdf);
        var heading = text.IndexOf("Notes 1. Note 1 text:", StringComparison.Ordinal);
        Assert.True(heading > 0, "a Notes heading, then note 1");
        var sources = text.IndexOf("Sources [1]", StringComparison.Ordinal);
        Assert.True(sources > heading, "the sources come after the notes");
        var last = text.IndexOf("30. Note 30 text:", StringComparison.Ordinal);
        Assert.InRange(last, heading, sources);
        // Markers still print, in the text.
        Assert.Contains("Claim 12 needs a source. 12", text);
        // Nothing is reserved at the page foot: the body of section 1 does not move notes around it.
        Assert.DoesNotContain("Note 2 text", text[..heading]);
    }
}
