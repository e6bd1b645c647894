using BenchmarkDotNet.Attributes;
using BriefGenerator.Build;
using BriefGenerator.Rendering;

namespace BriefGenerator.Benchmarks;

/// <summary>A brief with one table of 1,000 or 5,000 rows (the table of bench/compare.sh), built whole in a warm process:
/// load, template, parse, PDF and DOCX side by side, write. Allocations show what a row costs; time and memory should
/// grow linearly with the rows (compare.sh runs 20,000 and 50,000 rows as whole processes, with peak memory).</summary>
[MemoryDiagnoser, MedianColumn]
public class TableBenchmarks
{
    private string _temp = "";
    private BriefBuilder _builder = null!;
    private BuildOptions _options = null!;

    [Params(1000, 5000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "brief-bench-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(_temp, "content");
        BenchInputs.WriteTableBrief(content, Rows);
        _builder = new BriefBuilder(RendererSet.All);
        _options = new BuildOptions { ContentFolder = content, TemplatesFolder = BenchInputs.Templates, OutputFolder = Path.Combine(_temp, "out"), Force = true };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_temp)) Directory.Delete(_temp, true);
    }

    [Benchmark]
    public BuildResult BuildTable() => _builder.Build(_options);
}
