using BriefGenerator.Diagnostics;
using BriefGenerator.Rendering.Pdf.Text;
using BriefGenerator.Templating;
using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Caching;

/// <summary>What a build of many briefs reuses from one brief to the next (the parsed template, the parsed theme, the
/// fonts folder's check, the set lines of a paragraph) serves only what is unchanged: an edit is seen by the next brief.</summary>
public class PerBriefReuseTests
{
    [Fact]
    public void An_unchanged_template_is_parsed_once_and_an_edited_one_again()
    {
        var first = ParsedTemplates.Parse("Hello {{ brief.title }}", "t.sbn");
        Assert.Same(first, ParsedTemplates.Parse("Hello {{ brief.title }}", "t.sbn"));
        var edited = ParsedTemplates.Parse("Bye {{ brief.title }}", "t.sbn");
        Assert.NotSame(first, edited);
        Assert.Equal("Bye x", edited.Render(new { brief = new { title = "x" } }));
        Assert.NotSame(edited, ParsedTemplates.Parse("Bye {{ brief.title }}", "other.sbn")); // the path is in the key too
    }

    [Fact]
    public void An_unchanged_theme_is_parsed_once_and_an_edited_one_again()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.Templates);
        var path = Path.Combine(ws.Templates, "theme.yaml");
        File.WriteAllText(path, "fonts:\n  body_size: 10\n");
        var first = ThemeLoader.Load(path, "theme.yaml", new DiagnosticBag())!;
        Assert.Same(first, ThemeLoader.Load(path, "theme.yaml", new DiagnosticBag()));
        File.WriteAllText(path, "fonts:\n  body_size: 12\n");
        var edited = ThemeLoader.Load(path, "theme.yaml", new DiagnosticBag())!;
        Assert.Equal(10, first.Fonts.BodySize);
        Assert.Equal(12, edited.Fonts.BodySize);
    }

    [Fact]
    public void A_theme_with_a_warning_or_an_error_reports_it_on_every_load()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.Templates);
        var path = Path.Combine(ws.Templates, "theme.yaml");
        File.WriteAllText(path, "colors:\n  text: red\n");
        for (var i = 0; i < 2; i++)
        {
            var bag = new DiagnosticBag();
            Assert.Null(ThemeLoader.Load(path, "theme.yaml", bag));
            Assert.Contains(bag, d => d.Code == DiagnosticCodes.ThemeInvalid);
        }
    }

    [Fact]
    public void The_fonts_folder_stamp_sees_a_font_rewritten_added_or_linked()
    {
        using var ws = new Workspace();
        var folder = Path.Combine(ws.Root, "fonts");
        Directory.CreateDirectory(folder);
        var font = Path.Combine(folder, "NotoSerif-Regular.ttf");
        File.WriteAllBytes(font, new byte[100]);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(font, past);
        Directory.SetLastWriteTimeUtc(folder, past);

        var stamp = FontFolderStamp.Take(folder, recentNs: 0)!;
        Assert.True(stamp.Holds(folder, recentNs: 0));
        // The default window: a folder changed a moment ago is not vouched for (a second change could share its tick).
        Assert.Null(FontFolderStamp.Take(folder));

        File.WriteAllBytes(font, new byte[100]); // the same length, written again
        Assert.False(stamp.Holds(folder, recentNs: 0));

        File.SetLastWriteTimeUtc(font, past);
        Directory.SetLastWriteTimeUtc(folder, past);
        stamp = FontFolderStamp.Take(folder, recentNs: 0)!;
        File.WriteAllBytes(Path.Combine(folder, "NotoSans-Regular.ttf"), new byte[10]);
        Assert.False(stamp.Holds(folder, recentNs: 0));

        File.CreateSymbolicLink(Path.Combine(folder, "NotoSans-Bold.ttf"), font);
        Directory.SetLastWriteTimeUtc(folder, past);
        Assert.Null(FontFolderStamp.Take(folder, recentNs: 0)); // a link's target is not seen by lstat: no stamp
    }

    [Fact]
    public void Paragraphs_that_differ_only_in_style_get_their_own_lines()
    {
        // The line cache's hash leaves the style out: two paragraphs with the same words, faces and widths must still
        // not share their lines.
        var face = FontLibrary.Open(RepoPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!;
        var red = new RunStyle("Noto Serif", FontStyle.Regular, 10, "#FF0000");
        var blue = red with { Color = "#0000FF" };
        var breaker = new LineBreaker(new FontSet(FontLibrary.Open(RepoPaths.Fonts), Theme.Default, new DiagnosticBag()), 1.2);
        Fragment[] Words(RunStyle s) => [new("alpha", face, s, 25), new(" ", face, s, 2.5), new("beta", face, s, 20)];
        var a = LineBreakCache.Break(breaker, Words(red), 300, TextAlign.Left, null);
        var b = LineBreakCache.Break(breaker, Words(blue), 300, TextAlign.Left, null);
        Assert.Equal("#FF0000", a[0].Fragments[0].Fragment.Style.Color);
        Assert.Equal("#0000FF", b[0].Fragments[0].Fragment.Style.Color);
        Assert.Same(a, LineBreakCache.Break(breaker, Words(red), 300, TextAlign.Left, null));
    }
}
