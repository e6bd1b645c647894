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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefGenerator.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
