using BenchmarkDotNet.Attributes;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Benchmarks;

/// <summary>What `brief watch` does: a forced rebuild of one brief inside a warm process, writing both formats (the seed,
/// and the seed with two figures and a chart); the seed rebuilt after a one-paragraph edit (a new edit each time, as
/// in a watch session, so the process's caches hold every paragraph but the edited one); and 100 small briefs in one
/// build (every core busy).</summary>
[MemoryDiagnoser, MedianColumn]
public class RebuildBenchmarks
{
    private string _temp = "";
    private BriefBuilder _builder = null!;
    private BuildOptions _seed = null!;
    private BuildOptions _hundred = null!;
    private BuildOptions _figures = null!;
    private BuildOptions _edited = null!;
    private string _editedBrief = "";
    private string _seedText = "";
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "brief-bench-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(_temp, "content");
        Directory.CreateDirectory(Path.Combine(content, "seed"));
        File.Copy(BenchInputs.SeedBrief, Path.Combine(content, "seed", "brief.md"));
        var many = Path.Combine(_temp, "many");
        for (var i = 0; i < 100; i++)
        {
            var dir = Path.Combine(many, $"brief-{i:000}");
            Directory.CreateDirectory(dir);
            File.Copy(BenchInputs.SeedBrief, Path.Combine(dir, "brief.md"));
        }
        _builder = new BriefBuilder(RendererSet.All);
        _seed = new BuildOptions { ContentFolder = content, TemplatesFolder = BenchInputs.Templates, OutputFolder = Path.Combine(_temp, "out"), Force = true };
        _hundred = _seed with { ContentFolder = many, OutputFolder = Path.Combine(_temp, "out-many") };
        var figures = Path.Combine(_temp, "figures");
        BenchInputs.WriteSeedWithFigures(figures);
        _figures = _seed with { ContentFolder = figures, OutputFolder = Path.Combine(_temp, "out-figures") };
        var edited = Path.Combine(_temp, "edited");
        _editedBrief = Path.Combine(edited, "seed", "brief.md");
        Directory.CreateDirectory(Path.GetDirectoryName(_editedBrief)!);
        _seedText = File.ReadAllText(BenchInputs.SeedBrief);
        File.WriteAllText(_editedBrief, _seedText);
        _edited = new BuildOptions { ContentFolder = edited, TemplatesFolder = BenchInputs.Templates, OutputFolder = Path.Combine(_temp, "out-edited") };
    }

    // One more word at the end of the seed's first paragraph (a few microseconds beside the rebuild).
    private void Edit()
    {
        var body = _seedText.IndexOf("\n---", 4, StringComparison.Ordinal);
        var end = _seedText.IndexOf("\n\n", _seedText.IndexOf("\n\n", body + 4, StringComparison.Ordinal) + 2, StringComparison.Ordinal);
        File.WriteAllText(_editedBrief, _seedText.Insert(end, $" Edit number {++_edits}."));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_temp, true);

    [Benchmark]
    public BuildResult WarmRebuildSeed() => _builder.Build(_seed);

    /// <summary>The seed with two figures and a chart (#13): images are checked and decoded once per build.</summary>
    [Benchmark]
    public BuildResult WarmRebuildSeedWithFigures() => _builder.Build(_figures);

    /// <summary>The seed rebuilt after a one-paragraph edit, as `brief watch` does (not forced: the build cache sees the
    /// edit). The edit (writing the brief) is part of the time.</summary>
    [Benchmark]
    public BuildResult WarmRebuildSeedAfterEdit()
    {
        Edit();
        return _builder.Build(_edited);
    }

    [Benchmark]
    public BuildResult HundredBriefs() => _builder.Build(_hundred);
}
