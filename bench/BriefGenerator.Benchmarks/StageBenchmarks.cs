using BenchmarkDotNet.Attributes;
using BriefGenerator.Build;
using BriefGenerator.Content;
using BriefGenerator.Diagnostics;
using BriefGenerator.Document;
using BriefGenerator.Document.Parsing;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Rendering.Pdf;
using BriefGenerator.Templating;
using BriefGenerator.Theming;

namespace BriefGenerator.Benchmarks;

/// <summary>Each pipeline stage on its own, on the seed brief and on a brief with a 2,000-row table, with allocations.</summary>
[MemoryDiagnoser, MedianColumn]
public class StageBenchmarks
{
    private string _briefPath = "";
    private Brief _brief = null!;
    private TemplateCatalog _catalog = null!;
    private TemplateInfo _template = null!;
    private string _markup = "";
    private BriefDocument _document = null!;
    private RenderContext _context = null!;
    private string _temp = "";

    [Params("seed", "table-2000")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _temp = Path.Combine(Path.GetTempPath(), "brief-bench-" + Guid.NewGuid().ToString("N"));
        _briefPath = Input == "seed" ? BenchInputs.SeedBrief : BenchInputs.WriteTableBrief(_temp, 2000);
        var bag = new DiagnosticBag();
        _brief = ContentLoader.Load(_briefPath, "brief.md", bag)!;
        _catalog = new TemplateCatalog(BenchInputs.Templates);
        _template = _catalog.Find("policy-brief")!;
        _markup = new TemplateRenderer(_catalog).Render(_brief, _template, bag)!.Text;
        _document = DocumentParser.Parse(_markup, DocumentInfoFactory.Create(_brief, "bench", 0), "markup", bag)!;
        var theme = ThemeLoader.Load(_template.ThemePath, "theme.yaml", bag)!;
        _context = new RenderContext(theme, FontLibrary.Open(_catalog.FontsFolder), new DiagnosticBag(), _template.Folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_temp)) Directory.Delete(_temp, true);
    }

    [Benchmark]
    public Brief? Load() => ContentLoader.Load(_briefPath, "brief.md", new DiagnosticBag());

    [Benchmark]
    public string? Template() => new TemplateRenderer(_catalog).Render(_brief, _template, new DiagnosticBag())?.Text;

    [Benchmark]
    public BriefDocument? Parse() => DocumentParser.Parse(_markup, _document.Info, "markup", new DiagnosticBag());

    [Benchmark]
    public byte[] LayoutAndWritePdf() => new PdfRenderer().Render(_document, _context with { Diagnostics = new DiagnosticBag() });

    [Benchmark]
    public byte[] WriteDocx() => new DocxRenderer().Render(_document, _context with { Diagnostics = new DiagnosticBag() });

    /// <summary>The DOCX with every table a new object, as in a build, where no table was measured before (the
    /// widths measured once per table are otherwise served from the first call on).</summary>
    [Benchmark]
    public byte[] WriteDocxNewTables() => new DocxRenderer().Render(
        _document with { Blocks = _document.Blocks.Select(b => b is Table t ? t with { } : b).ToList() },
        _context with { Diagnostics = new DiagnosticBag() });
}
