using System.IO.Compression;
using BriefGenerator.Rendering.Docx;
using DocumentFormat.OpenXml.Packaging;

namespace BriefGenerator.Tests.Docx;

/// <summary>Our package writer names parts, lists content types and writes relationship parts exactly as the Open XML
/// SDK over System.IO.Packaging did for the same parts added in the same order (the DOCX bytes were kept when the
/// SDK's package went), and the deflate cache gives what a fresh deflate gives, for each content, edits included.</summary>
public class DocxPackageTests
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // The SDK's package with parts of every kind the writer adds, in an order that interleaves extensions.
    private static Dictionary<string, byte[]> SdkPackage()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Feed(main.AddImagePart(ImagePartType.Svg, "rIdImage1Svg"));
            Feed(main.AddImagePart(ImagePartType.Png, "rIdImage1"));
            main.AddHyperlinkRelationship(new Uri("https://example.org/a?b=1&c=<2>"), true, "rIdLink1");
            Feed(main.AddImagePart(ImagePartType.Jpeg, "rIdImage2"));
            var chart = main.AddNewPart<ChartPart>("rIdChart1");
            Feed(chart.AddNewPart<EmbeddedPackagePart>(Xlsx, "rId1"));
            var chart2 = main.AddNewPart<ChartPart>("rIdChart2");
            Feed(chart2.AddNewPart<EmbeddedPackagePart>(Xlsx, "rId1"));
            Feed(main.AddNewPart<FootnotesPart>("rIdNotes"));
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"));
            Feed(main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering"));
            Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"));
            var fonts = main.AddNewPart<FontTablePart>("rIdFontTable");
            Feed(fonts.AddFontPart(FontPartType.FontOdttf, "rIdFont1"));
            Feed(fonts.AddFontPart(FontPartType.FontOdttf, "rIdFont2"));
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            Feed(header.AddImagePart(ImagePartType.Png, "rIdImage3"));
            Feed(main.AddNewPart<HeaderPart>("rIdHeaderFirst"));
            Feed(main.AddNewPart<FooterPart>("rIdFooter"));
            Feed(doc.AddCoreFilePropertiesPart());
            Feed(doc.AddExtendedFilePropertiesPart());
            Feed(main);
            Feed(chart);
            Feed(chart2);
        }
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            var copy = new MemoryStream();
            s.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static void Feed(OpenXmlPart part) => part.FeedData(new MemoryStream(new byte[] { 1 }));

    private static (DocxPackage Package, DocxPart Main, DocxPart Header, DocxPart[] Charts) OurPackage()
    {
        var p = new DocxPackage();
        var main = p.Add(null, DocxPartType.MainDocument);
        p.Add(main, DocxPartType.Svg, "rIdImage1Svg");
        p.Add(main, DocxPartType.Png, "rIdImage1");
        main.AddHyperlink(new Uri("https://example.org/a?b=1&c=<2>"), "rIdLink1");
        p.Add(main, DocxPartType.Jpeg, "rIdImage2");
        var chart = p.Add(main, DocxPartType.Chart, "rIdChart1");
        p.Add(chart, DocxPartType.EmbeddedWorkbook, "rId1");
        var chart2 = p.Add(main, DocxPartType.Chart, "rIdChart2");
        p.Add(chart2, DocxPartType.EmbeddedWorkbook, "rId1");
        p.Add(main, DocxPartType.Footnotes, "rIdNotes");
        p.Add(main, DocxPartType.Styles, "rIdStyles");
        p.Add(main, DocxPartType.Numbering, "rIdNumbering");
        p.Add(main, DocxPartType.Settings, "rIdSettings");
        var fonts = p.Add(main, DocxPartType.FontTable, "rIdFontTable");
        p.Add(fonts, DocxPartType.Font, "rIdFont1");
        p.Add(fonts, DocxPartType.Font, "rIdFont2");
        var header = p.Add(main, DocxPartType.Header, "rIdHeader");
        p.Add(header, DocxPartType.Png, "rIdImage3");
        p.Add(main, DocxPartType.Header, "rIdHeaderFirst");
        p.Add(main, DocxPartType.Footer, "rIdFooter");
        p.Add(null, DocxPartType.CoreProperties);
        p.Add(null, DocxPartType.ExtendedProperties);
        return (p, main, header, new[] { chart, chart2 });
    }

    [Fact]
    public void Part_names_content_types_and_relationship_parts_are_those_System_IO_Packaging_wrote()
    {
        var sdk = SdkPackage();
        var (ours, main, header, charts) = OurPackage();
        var names = ours.Parts.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var sdkNames = sdk.Keys.Where(n => !n.EndsWith(".rels", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sdkNames, names);
        Assert.Contains("word/header1.xml", names);
        Assert.Contains("media/image2.png", names); // numbered per content type: the header's PNG is the second
        Assert.Equal(Text(sdk["[Content_Types].xml"]), Text(PackageXml.ContentTypes(ours.Parts)));
        foreach (var part in new[] { main, header, charts[0], charts[1], ours.Parts.Single(p => p.Name == "word/fontTable.xml") })
            Assert.Equal(Text(sdk[part.RelationshipsName]), Text(PackageXml.Relationships(part.Relationships)));
        // The package's own relationships: the SDK's ids are made up (the old repack renumbered them as ours are).
        var n = 0;
        var renumbered = System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(sdk["_rels/.rels"]),
            "Id=\"[^\"]*\"", _ => "Id=\"rIdPkg" + ++n + "\"");
        Assert.Equal(Text(System.Text.Encoding.UTF8.GetBytes(renumbered)), Text(PackageXml.Relationships(ours.Relationships)));
    }

    private static string Text(byte[] bytes) => Convert.ToHexString(bytes) + "\n" + System.Text.Encoding.UTF8.GetString(bytes);

    [Fact]
    public void The_deflate_cache_gives_a_fresh_deflate_of_each_content_and_sees_an_edit()
    {
        var a = System.Text.Encoding.UTF8.GetBytes("<w:settings>" + string.Concat(Enumerable.Repeat("<w:x/>", 50)) + "</w:settings>");
        var b = (byte[])a.Clone();
        b[20] = (byte)'y'; // an edited part of the same length
        var first = FreshDeflateCache.Deflate(a);
        var again = FreshDeflateCache.Deflate(a);
        var edited = FreshDeflateCache.Deflate(b);
        Assert.Same(first, again);
        Assert.Equal(CompressedEntry.DeflateFresh(a).Deflated, first.Deflated);
        Assert.Equal(CompressedEntry.DeflateFresh(b).Deflated, edited.Deflated);
        Assert.NotEqual(first.Crc32, edited.Crc32);
        using var inflate = new DeflateStream(new MemoryStream(edited.Deflated), CompressionMode.Decompress);
        var back = new MemoryStream();
        inflate.CopyTo(back);
        Assert.Equal(b, back.ToArray());
    }
}
