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
    public void A_summary_of_many_briefs_is_written_in_pieces_that_add_up_to_every_line_in_order()
    {
        var briefs = Enumerable.Range(1, 500).Select(i => Seed($"brief-{i:000}")).ToList();
        var result = new BuildResult(DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(3), briefs, Array.Empty<BriefGenerator.Diagnostics.Diagnostic>());
        var stdout = new CountingWriter();

        BuildSummary.Print(result, stdout, new StringWriter());

        var expected = string.Concat(briefs.Select(b => BuildSummary.Line(b) + "\n")) + BuildSummary.Totals(result) + "\n";
        Assert.Equal(expected, stdout.ToString());
        Assert.True(expected.Length > 60_000);
        // A few large writes (one system call each on the console), none of them the whole text at once.
        Assert.InRange(stdout.Writes, 4, 12);
        Assert.True(stdout.Largest <= 16_000 + 200, $"largest write {stdout.Largest} characters");
    }

    // Counts the writes made to it and the largest one.
    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }
        public int Largest { get; private set; }
        public CountingWriter() => NewLine = "\n";

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes++;
            Largest = Math.Max(Largest, buffer.Length);
            base.Write(buffer);
        }

        public override void Write(string? value) => Write(value.AsSpan());
        public override void Write(char value) => throw new InvalidOperationException("a write of one character");
        public override void WriteLine(string? value) => throw new InvalidOperationException("a write of one line");
    }

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
