using BriefGenerator.Build;
using BriefGenerator.Cli;

namespace BriefGenerator.Tests.Cli;

/// <summary>What `brief build` prints for a person at a terminal: output paths are never cut, whatever the width.</summary>
public class BuildSummaryTests
{
    private static BriefOutcome Seed(string slug) => new(slug, "policy-brief", BriefStatus.Built, TimeSpan.FromMilliseconds(512),
        new[]
        {
            new OutputFile(Path.Combine("out", slug, "policy-brief.pdf"), "pdf", 109_568, "", 6),
            new OutputFile(Path.Combine("out", slug, "policy-brief.docx"), "docx", 32_768, "", null),
        },
        Array.Empty<BriefGenerator.Diagnostics.Diagnostic>());

    [Fact]
    public void The_seed_summary_fits_80_columns_with_each_path_whole_on_a_line_of_its_own()
    {
        var lines = BuildSummary.TerminalLines(Seed("us-uzbekistan-security"), color: false).ToList();
        Assert.Equal(new[]
        {
            "built   us-uzbekistan-security/policy-brief in 512 ms",
            "  out/us-uzbekistan-security/policy-brief.pdf (107 KB, 6 pages)",
            "  out/us-uzbekistan-security/policy-brief.docx (32 KB)",
        }, lines);
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
    }

    [Fact]
    public void A_path_wider_than_the_terminal_stays_one_line_and_colour_touches_only_the_status()
    {
        var slug = string.Join('-', Enumerable.Repeat("central-asian-water-security", 4));
        var plain = BuildSummary.TerminalLines(Seed(slug), color: false).ToList();
        var coloured = BuildSummary.TerminalLines(Seed(slug), color: true).ToList();

        Assert.Equal(3, plain.Count);
        Assert.Equal($"  out/{slug}/policy-brief.pdf (107 KB, 6 pages)", plain[1]);
        Assert.True(plain[1].Length > 80);
        Assert.Equal("\u001b[32mbuilt  \u001b[0m", coloured[0][..(5 + 7 + 4)]);
        Assert.Equal(plain, coloured.Select(l => l.Replace("\u001b[32m", "").Replace("\u001b[0m", "")));
    }
}
