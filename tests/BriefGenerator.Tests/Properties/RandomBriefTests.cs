using System.Text;
using BriefGenerator.Build;
using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Pdf.Strict;
using BriefGenerator.Tests.Support;
using CsCheck;

namespace BriefGenerator.Tests.Properties;

/// <summary>Property tests: random briefs (random Unicode, random table shapes) never make the build throw; the DOCX
/// validates and the PDF opens and holds the headings. Seeds are printed by CsCheck on failure for replay.</summary>
public class RandomBriefTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßéèçñøåʻʼğşıčšžőűабвгдеёжзийклмнопрстуфхцчшщъыьэюяҷқғӯҳАБВГДΑΒΓΔΕαβγδεζηθλμπσω";

    internal static readonly Gen<string> Word = Gen.Char[Letters].Array[1, 10].Select(c => new string(c));

    internal static readonly Gen<string> Phrase = Word.Array[1, 6].Select(w => string.Join(' ', w));

    private static readonly string[] Specials =
    {
        "**bold** _it_ `code` [l](#x) <b>html</b> \\newpage | pipe", "😀 漢字 ☃ \u0007 \u200b \ufeff", "a\u0301 e\u0308", "::: callout\nx\n:::",
    };

    // Text that may hold anything: Markdown punctuation, emoji, CJK, control characters, lone surrogates.
    private static readonly Gen<string> Wild = Gen.OneOf(
        Phrase,
        Gen.Char.Array[0, 40].Select(c => new string(c)),
        Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]));

    private static Gen<string> Table(Gen<string> cell) =>
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 8], Gen.Int[0, 2]).SelectMany((cols, rows, ragged) =>
            Gen.Select(cell.Array[cols], cell.Array[cols + ragged].Array[rows], Phrase, (header, body, caption) =>
            {
                var sb = new StringBuilder($"Table: {caption}\n\n");
                sb.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
                sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", cols))).Append('\n');
                foreach (var row in body) sb.Append("| ").Append(string.Join(" | ", row.Take(cols + (row.Length % 3 == 0 ? ragged : 0)).Select(Escape))).Append(" |\n");
                return sb.ToString();
            }));

    internal static Gen<(string Title, string[] Sections, string Text)> Brief(Gen<string> text) =>
        Gen.Select(Phrase, Phrase.Array[1, 4], text.Array[1, 4], Table(text).Array[0, 2], (title, sections, paragraphs, tables) =>
        {
            var sb = new StringBuilder($"---\ntitle: \"{title}\"\ndate: 2026-05-01\nkey_points:\n  - \"{title}\"\n---\n\n");
            for (var i = 0; i < sections.Length; i++)
            {
                sb.Append($"## {sections[i]}\n\n");
                foreach (var p in paragraphs) sb.Append(p.Replace("\n", " ")).Append("\n\n- ").Append(sections[i]).Append("\n  1. nested\n\n");
                if (i < tables.Length) sb.Append(tables[i]).Append('\n');
            }
            return (title, sections, sb.ToString());
        });

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");

    private static (BuildResult Result, string Out) BuildOnce(string text)
    {
        using var ws = new Workspace();
        ws.AddBrief("random", text);
        var result = new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = RepoPaths.Templates, OutputFolder = ws.Out, Parallelism = 1,
        });
        var copy = Path.Combine(Path.GetTempPath(), "brief-tests", "prop-" + Guid.NewGuid().ToString("N"));
        if (Directory.Exists(Path.Combine(ws.Out, "random"))) CopyDir(Path.Combine(ws.Out, "random"), copy);
        return (result, copy);
    }

    private static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    [Fact]
    public void Random_readable_briefs_build_validate_and_keep_their_headings()
    {
        Brief(Phrase).Sample(b =>
        {
            var (result, dir) = BuildOnce(b.Text);
            try
            {
                Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
                Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(dir, "policy-brief.docx"))));
                var text = Readers.PdfText(File.ReadAllBytes(Path.Combine(dir, "policy-brief.pdf")));
                foreach (var s in b.Sections) Assert.Contains(s, text);
            }
            finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void Random_wild_briefs_never_throw_and_outputs_stay_valid()
    {
        Brief(Wild).Sample(b =>
        {
            var (result, dir) = BuildOnce(b.Text);
            try
            {
                Assert.DoesNotContain(result.AllDiagnostics, d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.YamlSyntax);
                if (result.HasErrors) return;
                Assert.Empty(Readers.DocxErrors(File.ReadAllBytes(Path.Combine(dir, "policy-brief.docx"))));
                Assert.NotEmpty(Readers.PdfPageTexts(File.ReadAllBytes(Path.Combine(dir, "policy-brief.pdf"))));
            }
            finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void Random_briefs_make_PDFs_that_strict_readers_accept()
    {
        // Complete streams, nested and complete tagging, agreeing metadata, subset fonts (PdfStrictness) on any input.
        var read = 0;
        Gen.OneOf(Brief(Phrase), Brief(Wild)).Sample(b =>
        {
            var (result, dir) = BuildOnce(b.Text);
            try
            {
                if (result.HasErrors) return;
                Interlocked.Increment(ref read);
                var problems = PdfStrictness.All(File.ReadAllBytes(Path.Combine(dir, "policy-brief.pdf")));
                Assert.True(problems.Count == 0, string.Join("\n", problems));
            }
            finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
        }, iter: 16, threads: 1);
        Assert.True(read > 0, "no random brief built");
    }
}
