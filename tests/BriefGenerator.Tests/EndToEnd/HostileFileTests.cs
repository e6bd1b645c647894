using System.IO.Compression;
using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Files that attack the reads and the outputs (issue "hostile inputs, round two"): an archive that inflates
/// without end, a template folder holding a link loop and a named pipe, outputs that cannot all be written, a partial
/// included from outside the template's folder, a clock in a template. Each ends with the right exit code and a
/// located message, or with consistent outputs; none may hang (each build is bounded).</summary>
public class HostileFileTests
{
    private const string Good = "---\ntitle: Good Brief\ndate: 2026-01-15\ntemplates: [custom]\n---\n\nLede.\n\n## One\n\nText.\n";

    private static CliRun Build(Workspace ws, params string[] extra)
    {
        var args = new[] { "build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out }.Concat(extra).ToArray();
        return Bounded.Run(() => CliRun.Of(args), TimeSpan.FromSeconds(60), "the build must end, not hang");
    }

    [Fact]
    public void A_zip_bomb_reference_docx_is_refused_with_a_located_error_and_nothing_is_written()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddTemplate("custom", File.ReadAllText(Path.Combine(RepoPaths.Templates, "policy-brief", "template.sbn")));
        File.WriteAllText(Path.Combine(ws.Templates, "custom", "theme.yaml"), "reference_docx: reference.docx\n");
        var bomb = Path.Combine(ws.Templates, "custom", "reference.docx");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            // 80 MiB of zeros deflate to about 80 KB; the limit for a reference_docx's parts is 64 MiB.
            using var entry = zip.CreateEntry("word/styles.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 80; i++) entry.Write(zeros);
        }
        Assert.True(new FileInfo(bomb).Length < 1_000_000);
        ws.AddBrief("bombed", Good);

        var run = Build(ws);
        Assert.Equal(1, run.Exit);
        Assert.Contains("theme.yaml(1,1): error BG072: reference_docx 'reference.docx' is refused: it inflates to more than 67,108,864 bytes", ws.Relative(run.Err));
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "bombed")) && Directory.EnumerateFiles(Path.Combine(ws.Out, "bombed")).Any());
    }

    [Fact]
    public void A_link_loop_and_a_named_pipe_in_a_template_folder_neither_hang_nor_break_the_build_or_its_cache()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddTemplate("custom", "# {{ brief.title }}\n\nBody text.\n");
        File.CreateSymbolicLink(Path.Combine(ws.Templates, "custom", "loop-a"), "loop-b");
        File.CreateSymbolicLink(Path.Combine(ws.Templates, "custom", "loop-b"), "loop-a");
        HostileSetup.MakeFifo(Path.Combine(ws.Templates, "custom", "pipe"));
        ws.AddBrief("brief", Good);

        var first = Build(ws);
        Assert.Equal(0, first.Exit);
        Assert.Contains("1 built, 0 skipped", first.Out);
        Assert.Contains("0 built, 1 skipped", Build(ws).Out);
    }

    [Fact]
    public void A_font_that_is_a_named_pipe_or_a_link_to_a_device_is_a_located_error()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates(fonts: false);
        var fonts = Path.Combine(ws.Templates, "fonts");
        Directory.CreateDirectory(fonts);
        foreach (var file in Directory.GetFiles(RepoPaths.Fonts)) File.Copy(file, Path.Combine(fonts, Path.GetFileName(file)));
        File.Delete(Path.Combine(fonts, "NotoSerif-Regular.ttf"));
        HostileSetup.MakeFifo(Path.Combine(fonts, "NotoSerif-Regular.ttf"));
        File.Delete(Path.Combine(fonts, "NotoSans-Bold.ttf"));
        File.CreateSymbolicLink(Path.Combine(fonts, "NotoSans-Bold.ttf"), "/dev/zero");
        ws.AddBrief("fonts", Good.Replace("templates: [custom]\n", ""));

        var run = Build(ws);
        Assert.Equal(1, run.Exit);
        var err = ws.Relative(run.Err);
        Assert.Contains("templates/fonts/NotoSerif-Regular.ttf(1,1): error BG071: font file is a named pipe (FIFO), not a regular file", err);
        Assert.Contains("templates/fonts/NotoSans-Bold.ttf(1,1): error BG070: font file leads outside templates/fonts (to /dev/zero)", err);
        Assert.DoesNotContain("internal error", err);
    }

    [Fact]
    public void Brief_templates_lists_templates_whose_file_is_a_pipe_or_a_loop_without_hanging()
    {
        using var ws = new Workspace();
        ws.AddTemplate("plain", "{{- # A plain template -}}\n# {{ brief.title }}\n");
        Directory.CreateDirectory(Path.Combine(ws.Templates, "piped"));
        HostileSetup.MakeFifo(Path.Combine(ws.Templates, "piped", "template.sbn"));
        Directory.CreateDirectory(Path.Combine(ws.Templates, "looped"));
        File.CreateSymbolicLink(Path.Combine(ws.Templates, "looped", "template.sbn"), "template.sbn");
        var run = Bounded.Run(() => CliRun.Of("templates", "--templates", ws.Templates), TimeSpan.FromSeconds(60), "brief templates must end, not hang");
        Assert.Equal(0, run.Exit);
        Assert.Contains("A plain template", run.Out);
        Assert.Contains("piped", run.Out);
    }

    [Fact]
    public void When_the_second_output_cannot_be_written_neither_is_replaced()
    {
        using var ws = new Workspace();
        var brief = ws.AddBrief("pair", Good.Replace("templates: [custom]\n", ""));
        Assert.Equal(0, CliRun.Build(ws).Exit);
        var pdfPath = Path.Combine(ws.Out, "pair", "policy-brief.pdf");
        var docxPath = Path.Combine(ws.Out, "pair", "policy-brief.docx");
        var pdf = File.ReadAllBytes(pdfPath);

        // The DOCX's place is taken by a folder: its write must fail, and then the PDF must not be replaced either.
        File.Delete(docxPath);
        Directory.CreateDirectory(docxPath);
        File.WriteAllText(brief, Good.Replace("templates: [custom]\n", "").Replace("Good Brief", "Edited Brief"));
        var run = CliRun.Build(ws);
        Assert.Equal(1, run.Exit);
        Assert.Contains("error BG042: cannot write the outputs of pair (none was replaced)", run.Err);
        Assert.Equal(pdf, File.ReadAllBytes(pdfPath));
        Assert.Contains("Good Brief", Readers.PdfText(File.ReadAllBytes(pdfPath)));
        Assert.Empty(Directory.GetFiles(Path.Combine(ws.Out, "pair"), "*.tmp").Concat(Directory.GetFiles(Path.Combine(ws.Out, "pair"), "*.old")));

        Directory.Delete(docxPath);
        Assert.Equal(0, CliRun.Build(ws).Exit);
        Assert.Contains("Edited Brief", Readers.PdfText(File.ReadAllBytes(pdfPath)));
        Assert.Contains("Edited Brief", DocxText(docxPath));
    }

    private static string DocxText(string path)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        return doc.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Fact]
    public void Editing_a_partial_included_from_outside_the_template_folder_rebuilds_the_brief()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddTemplate("custom", "# {{ brief.title }}\n\n{{ include \"shared/blocks/closing\" }}\n");
        var partial = Path.Combine(ws.Templates, "shared", "blocks", "closing.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        File.WriteAllText(partial, "First closing words.\n");
        ws.AddBrief("brief", Good);

        Assert.Contains("1 built", Build(ws).Out);
        Assert.Contains("0 built, 1 skipped", Build(ws).Out);
        File.WriteAllText(partial, "Second closing words.\n");
        var run = Build(ws);
        Assert.Contains("1 built, 0 skipped", run.Out);
        Assert.Contains("Second closing words.", Readers.PdfText(File.ReadAllBytes(Path.Combine(ws.Out, "brief", "custom.pdf"))));
    }

    [Fact]
    public void Date_now_in_a_template_is_the_build_date_so_two_builds_are_identical()
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddTemplate("custom", "# {{ brief.title }}\n\nBuilt {{ date.now | date.to_string '%Y-%m-%d %H:%M:%S' }}.\n");
        ws.AddBrief("brief", Good);
        var options = new BuildOptions { ContentFolder = ws.Content, TemplatesFolder = ws.Templates, OutputFolder = ws.Out, Force = true };
        var builder = new BriefBuilder(RendererSet.All);
        var pdf = Path.Combine(ws.Out, "brief", "custom.pdf");

        builder.Build(options);
        var first = File.ReadAllBytes(pdf);
        Assert.Contains("Built 2026-01-15 00:00:00.", Readers.PdfText(first));
        Thread.Sleep(1100);
        builder.Build(options);
        Assert.Equal(first, File.ReadAllBytes(pdf));

        builder.Build(options with { SourceDateEpoch = 1_700_000_000 });
        Assert.Contains("Built 2023-11-14 22:13:20.", Readers.PdfText(File.ReadAllBytes(pdf)));
    }

    [Fact]
    public void A_missing_glyph_is_located_at_the_brief_line_the_character_came_from()
    {
        using var ws = new Workspace();
        ws.AddBrief("glyph", "---\ntitle: Glyph Brief\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nA hieroglyph \U00013000 here.\n");
        var run = CliRun.Build(ws);
        Assert.Equal(0, run.Exit);
        Assert.Contains("content/glyph/brief.md(10,14): warning BG040: no bundled font has a glyph for U+13000", ws.Relative(run.Err));
        Assert.DoesNotContain("template.sbn (", run.Err);
    }
}
