using BenchmarkDotNet.Attributes;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Benchmarks;

/// <summary>What `brief watch` does after an edit: a forced rebuild of one brief inside a warm process, writing both
/// formats (the seed, and the seed with two figures and a chart); and 100 small briefs in one build (every core busy).</summary>
[MemoryDiagnoser, MedianColumn]
public class RebuildBenchmarks
{
    private string _temp = "";
    private BriefBuilder _builder = null!;
    private BuildOptions _seed = null!;
    private BuildOptions _hundred = null!;
    private BuildOptions _figures = null!;

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
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_temp, true);

    [Benchmark]
    public BuildResult WarmRebuildSeed() => _builder.Build(_seed);

    /// <summary>The seed with two figures and a chart (#13): images are checked and decoded once per build.</summary>
    [Benchmark]
    public BuildResult WarmRebuildSeedWithFigures() => _builder.Build(_figures);

    [Benchmark]
    public BuildResult HundredBriefs() => _builder.Build(_hundred);
}
