using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Import;
using BriefGenerator.Tests.Support;

namespace BriefGenerator.Tests.Import;

/// <summary>Raw articles under TestData/import/, converted and loaded back through the content loader.</summary>
public static class ImportTestInputs
{
    public static readonly DateOnly Date = new(2026, 11, 27);

    public static string Raw(string name) => File.ReadAllText(RepoPaths.TestData("import", name));

    /// <summary>Converts a raw article and loads the result; the diagnostics of both steps are returned.</summary>
    public static (string Text, Brief? Brief, List<Diagnostic> Diagnostics) ImportAndLoad(string name, string slug, string? title = null)
    {
        var bag = new DiagnosticBag();
        var imported = ArticleImporter.Convert(Raw(name), new ImportOptions(Date, title), name, bag);
        Assert.NotNull(imported);
        var brief = ContentLoader.LoadText(imported!.Text, slug, "brief.md", bag);
        return (imported.Text, brief, bag.ToList());
    }
}
