using BriefGenerator.Tests.Support;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Styling;

/// <summary>theme.yaml is read without YamlDotNet when it is plain (ThemeFastReader): whatever it accepts must give the
/// theme YamlDotNet gives, and whatever it is unsure of goes to YamlDotNet (so diagnostics stay YamlDotNet's).</summary>
public class ThemeFastReaderTests
{
    public static IEnumerable<object[]> ThemeFiles() =>
        Directory.EnumerateFiles(RepoPaths.Root, "theme.yaml", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) });

    [Theory]
    [MemberData(nameof(ThemeFiles))]
    public void Every_theme_in_the_repository_reads_as_YamlDotNet_reads_it(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, relative)).TrimStart('\uFEFF');
        var fast = ThemeFastReader.TryRead(text);
        if (relative.StartsWith("templates", StringComparison.Ordinal)) Assert.NotNull(fast);
        if (fast is not null) Assert.Equal(ThemeLoader.ReadWithYamlDotNet(text), fast);
    }

    [Theory]
    [InlineData("page:\n    width: 500.5 # points\n    margin_left: 60\nfonts:\n  body: 'Noto Sans'\n  line_height: 1.2\n", true)]
    [InlineData("header: \"\"\nfooter: Page {page}\ntoc: true\njustify: false\nhyphenate: true\nmax_pages: 2\n", true)]
    [InlineData("colors:\n  accent: \"#123456\"   # deep\n  text: '#000000'\ntable:\n  min_rows_split: 3\n  breakout: -5\n", true)]
    [InlineData("# only a comment\n\n", false)]
    [InlineData("colors:\n  accent: #123456\n", false)]
    [InlineData("header: ~\n", false)]
    [InlineData("header: null\n", false)]
    [InlineData("justify: yes\n", false)]
    [InlineData("toc: True\n", false)]
    [InlineData("max_pages: 010\n", false)]
    [InlineData("max_pages: 1.5\n", false)]
    [InlineData("page:\nfonts:\n  body: X\n", false)]
    [InlineData("page:\n  width: 500\n   height: 600\n", false)]
    [InlineData("page: {width: 500}\n", false)]
    [InlineData("unknown_key: 1\n", false)]
    [InlineData("page:\n  widht: 500\n", false)]
    [InlineData("toc: false\ntoc: true\n", false)]
    [InlineData("header: a: b\n", false)]
    [InlineData("header: \"a\\tb\"\n", false)]
    [InlineData("header: 'it''s'\n", false)]
    [InlineData("header: &a x\n", false)]
    [InlineData("fonts:\n  body: 12\n", false)]
    [InlineData("page:\n  width: 1e3\n", false)]
    [InlineData("page:\n  width: .5\n", false)]
    [InlineData("---\ntoc: true\n", false)]
    [InlineData("toc: true\r\n", false)]
    [InlineData("footer: Page #3\n", true)]
    [InlineData("header: multi\n  line\n", false)]
    public void A_theme_is_read_fast_only_when_the_result_is_YamlDotNets(string text, bool fastExpected)
    {
        var fast = ThemeFastReader.TryRead(text);
        Assert.Equal(fastExpected, fast is not null);
        if (fast is not null) Assert.Equal(ThemeLoader.ReadWithYamlDotNet(text), fast);
    }
}
