using BriefGenerator.Build;
using BriefGenerator.Rendering;
using BriefGenerator.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BriefGenerator.Tests.EndToEnd;

/// <summary>A brief with a PNG with alpha, a progressive JPEG, a CMYK JPEG, a 16-bit PNG, an SVG, one image used twice
/// and a theme logo, built to both formats and read back: one tagged Figure with its alt text per figure (and the cover
/// logo) in the PDF, images embedded once, JPEG passed through; pictures with descr and SEQ Figure captions in a DOCX
/// that validates; the same bytes on a second build.</summary>
public class FigureBuildTests
{
    private const string Brief = """
        ---
        title: Figures Everywhere
        date: 2026-11-27
        organization: Institute for Tests
        ---

        See [Figure 1](#fig-map) and [the drawing](#fig-svg).

        ## Maps {#maps}

        ![Basins of the *Amu Darya*](figures/map-alpha.png){#fig-map alt="Map of the basins" width=80%}

        ![A progressive JPEG](figures/progressive.jpg){alt="A brown photograph" width=200pt}

        ![A CMYK JPEG](figures/cmyk.jpg){alt="A green square"}

        ![A 16-bit PNG](figures/deep16.png){alt="A dark gradient" width=50%}

        ![A drawing](figures/basins.svg){#fig-svg alt="A river drawn as lines" width=90%}

        ![The map again](figures/map-alpha.png){alt="The map once more" width=30%}
        """;

    private static readonly string[] Alts =
        { "Map of the basins", "A brown photograph", "A green square", "A dark gradient", "A river drawn as lines", "The map once more" };

    private static (byte[] Pdf, byte[] Docx) Build(Workspace ws, string outFolder)
    {
        var result = new BriefBuilder(RendererSet.All).Build(new BuildOptions
        {
            ContentFolder = ws.Content, TemplatesFolder = ws.Templates, OutputFolder = outFolder, ToolVersion = "1.2.3",
        });
        Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
        var outputs = result.Briefs.Single().Outputs;
        return (File.ReadAllBytes(outputs.Single(o => o.Format == "pdf").Path), File.ReadAllBytes(outputs.Single(o => o.Format == "docx").Path));
    }

    private static Workspace Setup()
    {
        var ws = new Workspace();
        ws.CopyRepoTemplates();
        ws.AddBrief("figs", Brief);
        var figures = Path.Combine(ws.Content, "figs", "figures");
        Directory.CreateDirectory(figures);
        foreach (var file in Directory.GetFiles(RepoPaths.TestData("figures"))) File.Copy(file, Path.Combine(figures, Path.GetFileName(file)));
        var theme = Path.Combine(ws.Templates, "policy-brief");
        File.Copy(RepoPaths.TestData("figures", "logo.png"), Path.Combine(theme, "logo.png"));
        File.AppendAllText(Path.Combine(theme, "theme.yaml"), "\nlogo: logo.png\nlogo_width: 100\n");
        return ws;
    }

    [Fact]
    public void Every_figure_is_a_tagged_figure_with_its_alt_text_in_both_formats_and_the_bytes_repeat()
    {
        using var ws = Setup();
        var (pdf, docx) = Build(ws, Path.Combine(ws.Root, "out1"));

        using (var doc = PdfDocument.Open(pdf))
        {
            var figures = StructureElements(doc).Where(e => e.Type == "Figure").ToList();
            Assert.Equal(Alts.Append("Logo of Institute for Tests").Order(), figures.Select(f => f.Alt).Order());
            Assert.All(figures, f => Assert.True(f.HasBox));
            var images = ImageXObjects(doc);
            // Four raster images and the logo, each once although the map and the logo are drawn twice or more; the SVG is
            // drawn as vector paths, no image.
            Assert.Equal(5, images.Count(i => !i.IsMask));
            Assert.Equal(1, images.Count(i => i.Filter == "DCTDecode")); // the RGB JPEG passed through; CMYK is set as RGB
            Assert.True(images.Count(i => i.IsMask) >= 1); // the map's alpha
            var text = Readers.PdfText(pdf);
            Assert.Contains("Figure 1: Basins of the Amu Darya", text);
            Assert.Contains("Figure 6: The map again", text);
        }

        Assert.Empty(Readers.DocxErrors(docx));
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var body = word.MainDocumentPart!.Document.Body!;
            var descr = body.Descendants<DW.DocProperties>().Select(d => d.Description?.Value).ToList();
            Assert.Equal(Alts.Append("Logo of Institute for Tests").Order(), descr.Order());
            Assert.Equal(6, body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Count(f => f.Text.Contains("SEQ Figure")));
            Assert.Equal(7, word.MainDocumentPart.ImageParts.Count()); // four rasters (the map once), the SVG and its PNG fallback, the cover logo
            var header = word.MainDocumentPart.HeaderParts.Single(h => h.ImageParts.Any());
            Assert.Equal("Logo of Institute for Tests", header.Header!.Descendants<DW.DocProperties>().Single().Description!.Value);
        }

        var (pdf2, docx2) = Build(ws, Path.Combine(ws.Root, "out2"));
        Assert.Equal(pdf, pdf2);
        Assert.Equal(docx, docx2);
    }

    private sealed record Element(string Type, string? Alt, bool HasBox);

    private static List<Element> StructureElements(PdfDocument doc)
    {
        var found = new List<Element>();
        var root = Resolve(doc, doc.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]) as DictionaryToken;
        Walk(doc, root!, found, 0);
        return found;
    }

    private static void Walk(PdfDocument doc, DictionaryToken node, List<Element> found, int depth)
    {
        if (depth > 200) return;
        if (node.TryGet(NameToken.S, out NameToken type))
        {
            var alt = node.Data.TryGetValue("Alt", out var a) && Resolve(doc, a) is StringToken s ? s.Data : null;
            var box = node.Data.TryGetValue("A", out var attrs) && Resolve(doc, attrs) is DictionaryToken d && d.Data.ContainsKey("BBox");
            found.Add(new Element(type.Data, alt, box));
        }
        if (!node.Data.TryGetValue("K", out var kids)) return;
        var list = Resolve(doc, kids) is ArrayToken arr ? arr.Data.Select(k => Resolve(doc, k)) : new[] { Resolve(doc, kids) };
        foreach (var kid in list)
            if (kid is DictionaryToken child && (!child.TryGet(NameToken.Type, out NameToken t) || t.Data == "StructElem")) Walk(doc, child, found, depth + 1);
    }

    private sealed record Image(string? Filter, bool IsMask);

    private static List<Image> ImageXObjects(PdfDocument doc)
    {
        var seen = new Dictionary<long, Image>();
        foreach (var page in doc.GetPages())
        {
            if (!page.Dictionary.TryGet(NameToken.Resources, out var resources) || Resolve(doc, resources) is not DictionaryToken res) continue;
            if (!res.Data.TryGetValue("XObject", out var xo) || Resolve(doc, xo) is not DictionaryToken xobjects) continue;
            foreach (var value in xobjects.Data.Values)
            {
                if (value is not IndirectReferenceToken r || Resolve(doc, r) is not StreamToken stream) continue;
                if (!stream.StreamDictionary.TryGet(NameToken.Subtype, out NameToken sub) || sub.Data != "Image") continue;
                seen[r.Data.ObjectNumber] = new Image(stream.StreamDictionary.TryGet(NameToken.Filter, out NameToken f) ? f.Data : null, false);
                if (stream.StreamDictionary.Data.TryGetValue("SMask", out var m) && m is IndirectReferenceToken mr) seen[mr.Data.ObjectNumber] = new Image("FlateDecode", true);
            }
        }
        return seen.Values.ToList();
    }

    private static IToken? Resolve(PdfDocument doc, IToken token) =>
        token is IndirectReferenceToken r ? doc.Structure.GetObject(r.Data).Data : token;
}
