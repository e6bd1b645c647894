using System.Text;
using System.Text.RegularExpressions;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Nothing an author writes is lost: over a corpus of briefs (the seed, the test briefs, and one that uses
/// every construct), every word of the source Markdown outside syntax appears in the PDF text (PdfPig) and the DOCX
/// text, or the build printed a warning at its line naming the construct that dropped it. No third outcome.</summary>
public partial class ConservationTests
{
    // Front-matter keys whose values are printed; the others (date, language, templates, keywords) are metadata.
    private static readonly string[] PrintedKeys = { "title", "subtitle", "short_title", "authors", "organization", "summary", "key_points" };

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        data.Add(Path.Combine(RepoPaths.Root, "content", "us-uzbekistan-security", "brief.md"));
        foreach (var dir in Directory.GetDirectories(RepoPaths.TestData("briefs")).Order(StringComparer.Ordinal))
            data.Add(Path.Combine(dir, "brief.md"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_word_reaches_both_formats_or_is_named_by_a_warning(string source)
    {
        using var ws = new Workspace();
        var slug = Path.GetFileName(Path.GetDirectoryName(source))!;
        var text = File.ReadAllText(source);
        ws.AddBrief(slug, text);
        var run = CliRun.Build(ws);
        Assert.Equal(0, run.Exit);
        // A warning excuses the words of its line only when it says they were dropped; the construct warnings
        // (BG065-BG068) say what they keep, and that is checked like any other word.
        var warnedLines = WarningLine().Matches(run.Err).Where(m => !m.Groups["message"].Value.Contains("kept"))
            .Select(m => int.Parse(m.Groups["line"].Value)).ToHashSet();

        var pdf = Normalize(Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, slug, "policy-brief.pdf"))));
        var docxBytes = File.ReadAllBytes(Path.Combine(ws.Out, slug, "policy-brief.docx"));
        Assert.Empty(Readers.DocxErrors(docxBytes));
        var docx = Normalize(DocxText(docxBytes));

        var missing = new List<string>();
        foreach (var (line, word) in SourceWords(text))
        {
            if (warnedLines.Contains(line)) continue;
            if (!pdf.Contains(word, StringComparison.Ordinal)) missing.Add($"PDF line {line}: {word}");
            if (!docx.Contains(word, StringComparison.Ordinal)) missing.Add($"DOCX line {line}: {word}");
        }
        Assert.True(missing.Count == 0, "words lost without a warning:\n" + string.Join('\n', missing.Distinct().Take(40)));
    }

    /// <summary>The words of a brief outside syntax, with their 1-based file line.</summary>
    private static IEnumerable<(int Line, string Word)> SourceWords(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var key = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == 0 || i == end) continue;
            if (i < end)
            {
                var m = FrontMatterKey().Match(line);
                if (m.Success) { key = m.Groups["key"].Value; line = line[m.Length..]; }
                if (!PrintedKeys.Contains(key)) continue;
            }
            {
                line = HtmlComment().Replace(line, " ");
                line = NoteLabel().Replace(line, " ");        // [^label] and [^label]: the label is syntax (notes print numbers)
                line = LinkTarget().Replace(line, "]");       // [text](url): the url is syntax
                line = Attributes().Replace(line, " ");       // {#id .class}
                line = ImgTag().Replace(line, " ${alt} ");    // <img src="…" alt="…">: only the alt text is printed
                line = ScriptTag().Replace(line, " ");         // <sup>, <sub>, <br>: markup
                line = TaskBox().Replace(line, "");           // - [x]: the box is drawn, not the letter
            }
            foreach (Match w in Word().Matches(line)) yield return (i + 1, w.Value.ToLowerInvariant());
        }
    }

    private static string DocxText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var sb = new StringBuilder();
        foreach (var t in doc.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()) sb.Append(t.Text).Append(' ');
        var notes = new DocumentFormat.OpenXml.OpenXmlElement?[] { doc.MainDocumentPart.FootnotesPart?.Footnotes, doc.MainDocumentPart.EndnotesPart?.Endnotes };
        foreach (var part in notes.OfType<DocumentFormat.OpenXml.OpenXmlElement>())
            foreach (var t in part.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()) sb.Append(t.Text).Append(' ');
        foreach (var h in doc.MainDocumentPart.HeaderParts)
            foreach (var t in h.Header!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()) sb.Append(t.Text).Append(' ');
        return sb.ToString();
    }

    // Letters and digits only, lower case, so “curly” quotes, dashes and scripts compare with what was typed.
    private static string Normalize(string text) => " " + NonWord().Replace(text.ToLowerInvariant(), " ") + " ";

    [GeneratedRegex(@"brief\.md\((?<line>\d+),\d+\): warning BG\d+: (?<message>.*)")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"^(?<key>[a-z_]+):")]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex(@"<!--.*?-->")]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"\[\^[^\]]*\]")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\{[#.][^}]*\}")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"<img\b[^>]*?(?:alt=""(?<alt>[^""]*)""[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"</?(?:sup|sub|br)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"^\s*[-*+] \[[ xX]\]")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
