using BriefGenerator.Build;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>Broken files beside the templates (a font, a reference.docx) and a bad SOURCE_DATE_EPOCH are located
/// errors with exit 1 (or a usage error), never an internal error, and no output is written.</summary>
public class BrokenSupportFileTests
{
    private const string Brief = "---\ntitle: A Brief\ndate: 2026-01-15\n---\n\nLede.\n\n## One\n\nText.\n";

    private static Workspace WithOwnFonts()
    {
        var ws = new Workspace();
        ws.CopyRepoTemplates(fonts: false);
        var fonts = Path.Combine(ws.Templates, "fonts");
        Directory.CreateDirectory(fonts);
        foreach (var file in Directory.GetFiles(RepoPaths.Fonts)) File.Copy(file, Path.Combine(fonts, Path.GetFileName(file)));
        ws.AddBrief("case", Brief);
        return ws;
    }

    private static CliRun Build(Workspace ws) =>
        CliRun.Of("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Out);

    public static TheoryData<string, string> BrokenFonts() => new()
    {
        { "empty", "the file is empty" },
        { "truncated", "runs past the end of the file (a truncated file?)" },
        { "garbage", "it is not a TrueType font (no sfnt header)" },
        { "no-glyph-table", "it has no 'glyf' table" },
    };

    [Theory]
    [MemberData(nameof(BrokenFonts))]
    public void A_broken_font_is_an_error_naming_the_file(string kind, string problem)
    {
        using var ws = WithOwnFonts();
        var path = Path.Combine(ws.Templates, "fonts", "NotoSerif-Regular.ttf");
        var good = File.ReadAllBytes(path);
        var bad = kind switch
        {
            "empty" => Array.Empty<byte>(),
            "truncated" => good[..(good.Length / 3)],
            "garbage" => Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
            _ => RenameTable(good, "glyf", "glyX"),
        };
        File.WriteAllBytes(path, bad);

        var run = Build(ws);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"NotoSerif-Regular.ttf(1,1): error BG083: font 'NotoSerif-Regular' cannot be used: ", run.Err);
        Assert.Contains(problem, run.Err);
        Assert.DoesNotContain("internal error", run.Err);
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "case")));
    }

    [Fact]
    public void The_bundled_fonts_all_pass_the_check()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Fonts, "*.ttf"))
            Assert.Null(BriefGenerator.Theming.FontProgramCheck.Problem(File.ReadAllBytes(file)));
    }

    public static TheoryData<string> BrokenReferences() => new() { "text", "truncated", "zip-without-word" };

    [Theory]
    [MemberData(nameof(BrokenReferences))]
    public void A_broken_reference_docx_is_an_error_at_its_theme_line(string kind)
    {
        using var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddBrief("case", Brief);
        var folder = Path.Combine(ws.Templates, "policy-brief");
        var reference = Path.Combine(folder, "ref.docx");
        switch (kind)
        {
            case "text": File.WriteAllText(reference, "not a zip at all\n"); break;
            case "truncated":
                var whole = Path.Combine(ws.Root, "whole.docx");
                using (var zip = System.IO.Compression.ZipFile.Open(whole, System.IO.Compression.ZipArchiveMode.Create))
                {
                    using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types/>");
                    using (var w = new StreamWriter(zip.CreateEntry("word/styles.xml").Open()))
                        w.Write("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                                string.Concat(Enumerable.Range(0, 2000).Select(i => $"<w:style w:styleId=\"S{i}\"/>")) + "</w:styles>");
                }
                var bytes = File.ReadAllBytes(whole);
                File.WriteAllBytes(reference, bytes[..(bytes.Length / 2)]);
                break;
            default:
                using (var zip = System.IO.Compression.ZipFile.Open(reference, System.IO.Compression.ZipArchiveMode.Create))
                    using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("hi");
                break;
        }
        var theme = Path.Combine(folder, "theme.yaml");
        var lines = File.ReadAllLines(theme).Length;
        File.AppendAllText(theme, "reference_docx: ref.docx\n");

        var run = Build(ws);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"theme.yaml({lines + 1},1): error BG034: reference_docx 'ref.docx' ", run.Err);
        Assert.DoesNotContain("internal error", run.Err);
        Assert.False(Directory.Exists(Path.Combine(ws.Out, "case")));
    }

    [Theory]
    [InlineData("253402300800")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999999")]
    public void A_source_date_epoch_out_of_range_is_refused_with_a_clear_message(string value)
    {
        var ex = Assert.Throws<FormatException>(() => DocumentInfoFactory.ParseEpoch(value));
        Assert.Contains("SOURCE_DATE_EPOCH is", ex.Message);
        Assert.Contains("from 0 to 253402300799 (9999-12-31)", ex.Message);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", 0L)]
    [InlineData("1767225600", 1767225600L)]
    [InlineData("253402300799", 253402300799L)]
    public void A_source_date_epoch_in_range_is_used(string? value, long? expected) =>
        Assert.Equal(expected, DocumentInfoFactory.ParseEpoch(value));

    private static byte[] RenameTable(byte[] font, string from, string to)
    {
        var copy = (byte[])font.Clone();
        int count = (copy[4] << 8) | copy[5];
        for (var i = 0; i < count; i++)
            if (System.Text.Encoding.ASCII.GetString(copy, 12 + 16 * i, 4) == from)
                System.Text.Encoding.ASCII.GetBytes(to).CopyTo(copy, 12 + 16 * i);
        return copy;
    }
}
