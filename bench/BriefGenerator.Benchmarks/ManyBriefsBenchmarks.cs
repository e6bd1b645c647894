using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Benchmarks;

/// <summary>Target 3's unit of work: forced builds of briefs that all differ (bench/many_briefs.py, so no content-keyed
/// cache serves one brief's work for another's), one worker, so the time and the allocations divided by
/// <see cref="Briefs"/> are a brief's. The process's caches are warm after the first iteration, as they are for
/// most of a 500-brief build.</summary>
[MemoryDiagnoser, MedianColumn]
public class ManyBriefsBenchmarks
{
    /// <summary>How many briefs one operation builds.</summary>
    public const int Briefs = 20;

    private string _temp = "";
    private BriefBuilder _builder = null!;
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "brief-bench-many-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(_temp, "content");
        var script = new ProcessStartInfo("python3") { ArgumentList = { Path.Combine(BenchInputs.Root, "bench", "many_briefs.py"), BenchInputs.SeedBrief, content, $"{Briefs}" } };
        using (var python = Process.Start(script)!)
        {
            python.WaitForExit();
            if (python.ExitCode != 0) throw new InvalidOperationException("bench/many_briefs.py failed");
        }
        _builder = new BriefBuilder(RendererSet.All);
        _options = new BuildOptions
        {
            ContentFolder = content, TemplatesFolder = BenchInputs.Templates, OutputFolder = Path.Combine(_temp, "out"),
            Force = true, Parallelism = 1,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_temp, true);

    /// <summary><see cref="Briefs"/> differing briefs, PDF and DOCX each, written.</summary>
    [Benchmark]
    public BuildResult TwentyDifferingBriefs() => _builder.Build(_options);
}
