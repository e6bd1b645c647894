using System.Text;

namespace BriefGenerator.Benchmarks;

/// <summary>The inputs the benchmarks run on: the repository's seed brief, and generated briefs with one big table.</summary>
public static class BenchInputs
{
    /// <summary>The repository root (walks up to BriefGenerator.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string SeedBrief => Path.Combine(Root, "content", "us-uzbekistan-security", "brief.md");

    /// <summary>Writes content/&lt;slug&gt;/brief.md under <paramref name="folder"/> with a table of <paramref name="rows"/> rows.</summary>
    public static string WriteTableBrief(string folder, int rows, string slug = "big-table")
    {
        var sb = new StringBuilder();
        sb.Append("---\ntitle: A Brief With a Large Table\ndate: 2026-01-15\n---\n\nA lede paragraph.\n\n## The Data {#data}\n\n");
        sb.Append("Table: Every district and its figures {#tbl-data}\n\n| District | Region | Population | Water use (m³) | Note |\n|:--|:--|--:|--:|:--|\n");
        for (var i = 1; i <= rows; i++)
            sb.Append($"| District {i} | Region {i % 14} | {10_000 + i * 37:N0} | {i * 1.7:0.0} | Irrigation canal {i % 9} needs lining |\n");
        var path = Path.Combine(folder, slug, "brief.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>Writes content/&lt;slug&gt;/brief.md under <paramref name="folder"/>: the seed with two figures (a PNG map
    /// and an SVG, copied beside it) and a section whose numeric table carries a bar chart (issue #13's bench input).</summary>
    public static string WriteSeedWithFigures(string folder, string slug = "seed-figures")
    {
        var dir = Path.Combine(folder, slug);
        Directory.CreateDirectory(Path.Combine(dir, "figures"));
        var figures = Path.Combine(Root, "tests", "BriefGenerator.Tests", "TestData", "figures");
        File.Copy(Path.Combine(figures, "map-alpha.png"), Path.Combine(dir, "figures", "map.png"), true);
        File.Copy(Path.Combine(figures, "basins.svg"), Path.Combine(dir, "figures", "basins.svg"), true);
        var seed = File.ReadAllText(SeedBrief);
        var added = "\n\n## Figures and a chart {#figures}\n\n"
            + "![Border crossings on the Uzbek–Kyrgyz border](figures/map.png){#fig-map alt=\"Map of the border crossings\" width=80%}\n\n"
            + "![The Amu Darya and Syr Darya basins](figures/basins.svg){#fig-basins alt=\"Map of the two river basins\" width=60%}\n\n"
            + "Table: Budget by programme {#tbl-budget chart=bar x=\"Programme\" y=\"Budget (US$ million)\"}\n\n"
            + "| Programme | Budget (US$ million) |\n|---|--:|\n| Border management | 48.6 |\n| Water platform | 12.0 |\n"
            + "| Canal lining | 155.3 |\n| Early warning | 39.0 |\n";
        var path = Path.Combine(dir, "brief.md");
        File.WriteAllText(path, seed.TrimEnd() + added);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefGenerator.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
