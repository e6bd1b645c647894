using System.Text;
using System.Xml;
using BriefGenerator.Document;
using BriefGenerator.Rendering;
using BriefGenerator.Rendering.Docx;
using DocumentFormat.OpenXml;
using static BriefGenerator.Tests.Support.SampleDocuments;

namespace BriefGenerator.Tests.Docx;

/// <summary>A streamed table row written straight as XML has exactly the bytes the SDK writes for the row's
/// elements: plain cells, cells needing escaping or cleaning, right-to-left words, emphasis, links, notes, cells
/// spanning columns and rows, header and kept rows.</summary>
public class TableRowXmlTests
{
    private static Table Sample()
    {
        var columns = new[] { ColumnAlign.Left, ColumnAlign.Center, ColumnAlign.Right }
            .Select((a, i) => new TableColumn(T($"Column {i}"), a)).ToList();
        TableCell Cell(params Inline[] content) => new(content);
        var rows = new List<TableRow>
        {
            new(new[] { Cell(new Text("plain")), Cell(new Text("a < b & \"c\"\ttab\u0001")), Cell(new Text("12,345.6")) }),
            new(new[] { Cell(new Text("Arabic العربية mixed")), Cell(new Strong(T("bold")), new Text(" and "), new Emphasis(T("italic"))),
                Cell(new Link("https://example.org/a?b=1&c=2", T("a link"))) }),
            new(new[] { new TableCell(T("spans two"), ColumnSpan: 2), new TableCell(Array.Empty<Inline>(), Covered: true), new TableCell(T("two rows"), RowSpan: 2) }),
            new(new[] { Cell(new Text("")), Cell(new Text("x"), new Text("y")), new TableCell(Array.Empty<Inline>(), Covered: true) }),
        };
        return new Table("tbl", 1, T("Sample"), columns, rows, Span());
    }

    [Fact]
    public void Every_row_is_written_as_the_SDK_writes_its_elements()
    {
        var table = Sample();
        var all = table.Head.Concat(table.Rows).ToList();
        var widths = new[] { 2000, 3000, 1500 };
        var texts = widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var spans = TableSpanMap.Of(all, widths.Length);
        for (var r = 0; r < all.Count; r++)
            foreach (var (header, keep) in new[] { (r == 0, true), (false, false) })
            {
                var sdk = Written(writer => TableWriter.Row(writer, table, all[r], spans[r], widths, header, keep).WriteTo);
                var direct = Written(writer => x => TableRowXml.Write(x, writer, table, all[r], spans[r], widths, texts, header, keep));
                Assert.Equal(sdk, direct);
                Assert.Contains("<w:tr>", direct);
            }
    }

    // The row's XML inside a root declaring what the document's root declares (as StreamedRows writes it), each way
    // with a writer of its own so relationship ids are given out alike.
    private static string Written(Func<DocxWriter, Action<XmlWriter>> row)
    {
        var writer = new DocxWriter(new DocxPackage(), DocxTestRender.With(P("x")), DocxTestRender.Context());
        using var xml = new MemoryStream();
        using var x = XmlWriter.Create(xml, DocxNamespaces.WriterSettings);
        x.WriteStartElement("w", "document", DocxNamespaces.Main);
        x.WriteAttributeString("xmlns", "r", null, DocxNamespaces.Relationships);
        x.WriteString("");
        x.Flush();
        var start = (int)xml.Length;
        row(writer)(x);
        x.Flush();
        return Encoding.UTF8.GetString(xml.GetBuffer(), start, (int)xml.Length - start);
    }
}
