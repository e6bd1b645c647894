using System.Xml;
using BriefGenerator.Document;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BriefGenerator.Rendering.Docx;

/// <summary>A streamed table row written straight as XML, the bytes the SDK writes for the row
/// <see cref="TableWriter"/> would otherwise build as elements (row and cell properties, a paragraph per cell): about
/// thirty Open XML objects a cell, built only to be written once and dropped, were most of what a row of a large
/// table allocated in the DOCX. Cells of plain text are written as runs here too; other content (links, emphasis,
/// notes, right-to-left words) is built by <see cref="InlineWriter"/> as before and written by the SDK. Not used for
/// the redline edition, whose marks change the paragraphs' properties.</summary>
internal static class TableRowXml
{
    private const string W = "w";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Writes one row. <paramref name="widths"/> are the grid's columns in twips, <paramref name="widthTexts"/>
    /// the same as attribute text.</summary>
    public static void Write(XmlWriter x, DocxWriter writer, Table table, TableRow cells, SpanPosition[] spans, int[] widths,
        string[] widthTexts, bool header, bool keep)
    {
        x.WriteStartElement(W, "tr", DocxNamespaces.Main);
        x.WriteStartElement(W, "trPr", DocxNamespaces.Main);
        Empty(x, "cantSplit");
        if (header) Empty(x, "tblHeader");
        x.WriteEndElement();
        for (var c = 0; c < widths.Length; c++)
        {
            var at = spans[c];
            if (at.Role == SpanRole.Right) continue; // inside the gridSpan of the cell to its left
            x.WriteStartElement(W, "tc", DocxNamespaces.Main);
            x.WriteStartElement(W, "tcPr", DocxNamespaces.Main);
            x.WriteStartElement(W, "tcW", DocxNamespaces.Main);
            Attribute(x, "w", at.ColumnSpan == 1 ? widthTexts[c] : Sum(widths, c, at.ColumnSpan));
            Attribute(x, "type", "dxa");
            x.WriteEndElement();
            if (at.ColumnSpan > 1) Valued(x, "gridSpan", at.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (at.RowSpan > 1) Valued(x, "vMerge", at.Role == SpanRole.Start ? "restart" : "continue");
            x.WriteEndElement();
            x.WriteStartElement(W, "p", DocxNamespaces.Main);
            x.WriteStartElement(W, "pPr", DocxNamespaces.Main);
            Valued(x, "pStyle", keep ? StyleIds.TableTextKeep : StyleIds.TableText);
            Valued(x, "jc", table.Columns[c].Align switch { ColumnAlign.Center => "center", ColumnAlign.Right => "right", _ => "left" });
            x.WriteEndElement();
            if (at.Role == SpanRole.Start && c < cells.Cells.Count) Runs(x, writer, cells.Cells[c].Content);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    // Plain text as the runs InlineWriter.TextRun makes (one per piece, no run properties); anything else through it.
    private static void Runs(XmlWriter x, DocxWriter writer, IReadOnlyList<Inline> content)
    {
        foreach (var inline in content)
            if (inline is not Text) { Built(x, writer, content); return; }
        foreach (var inline in content)
            foreach (var (piece, rtl) in DirectionRuns.Split(writer.Clean(((Text)inline).Value)))
            {
                if (rtl) { InlineWriter.TextRun(piece, RunFormat.Plain, true).WriteTo(x); continue; }
                x.WriteStartElement(W, "r", DocxNamespaces.Main);
                x.WriteStartElement(W, "t", DocxNamespaces.Main);
                x.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
                x.WriteString(piece.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
                x.WriteEndElement();
                x.WriteEndElement();
            }
    }

    private static void Built(XmlWriter x, DocxWriter writer, IReadOnlyList<Inline> content)
    {
        var paragraph = new WParagraph();
        InlineWriter.Append(writer, paragraph, content, RunFormat.Plain);
        foreach (var child in paragraph.ChildElements) child.WriteTo(x);
    }

    private static void Empty(XmlWriter x, string name)
    {
        x.WriteStartElement(W, name, DocxNamespaces.Main);
        x.WriteEndElement();
    }

    private static void Valued(XmlWriter x, string name, string value)
    {
        x.WriteStartElement(W, name, DocxNamespaces.Main);
        Attribute(x, "val", value);
        x.WriteEndElement();
    }

    private static void Attribute(XmlWriter x, string name, string value) => x.WriteAttributeString(W, name, DocxNamespaces.Main, value);

    private static string Sum(int[] widths, int from, int count)
    {
        var sum = 0;
        for (var i = from; i < from + count && i < widths.Length; i++) sum += widths[i];
        return sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
