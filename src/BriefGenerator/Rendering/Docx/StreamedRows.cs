using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The rows of one table, kept out of the document's element tree: each row is built as an element as
/// before, written out as XML at once (compressed) and dropped, so a table of 50,000 rows never holds 50,000 rows of
/// Open XML elements. The table in the tree holds one marker row instead; <see cref="DocumentSplicer"/> puts the rows
/// in its place in <c>word/document.xml</c>. The rows' XML is what the SDK writes for them inside the document: the
/// same writer settings, and the prefixes the document's root declares. Rows are kept as plain XML up to
/// <see cref="PlainBytes"/>, and deflated only past that: a small table (most of them) never pays for a deflater's
/// state, whose set-up cost more than the rows themselves.</summary>
internal sealed class StreamedRows : IDisposable
{
    /// <summary>Rows' XML kept uncompressed, at most (256 KiB, about 1,000 rows of five cells).</summary>
    public const int PlainBytes = 256 << 10;

    private MemoryStream? _deflated;
    private DeflateStream? _deflate;
    private readonly MemoryStream _plain = new();
    private readonly MemoryStream _xml = new();
    private readonly XmlWriter _writer;

    /// <summary>Puts a marker row (numbered <paramref name="index"/>) in <paramref name="table"/> and opens the row store.</summary>
    public StreamedRows(WTable table, int index)
    {
        _writer = XmlWriter.Create(_xml, DocxNamespaces.WriterSettings);
        // The rows are written inside a root that declares what the document's root declares, so they carry no
        // declarations of their own; the root's start tag is cut off.
        _writer.WriteStartElement("w", "document", DocxNamespaces.Main);
        _writer.WriteAttributeString("xmlns", "r", null, DocxNamespaces.Relationships);
        _writer.WriteString("");
        _writer.Flush();
        _xml.SetLength(0);
        // An rsid no row of ours carries: text cannot hold this markup, so it is found only where the marker stands.
        var marker = new TableRow { RsidTableRowAddition = (0xB7000000u + (uint)index).ToString("X8", CultureInfo.InvariantCulture) };
        marker.WriteTo(_writer);
        _writer.Flush();
        Marker = _xml.ToArray();
        _xml.SetLength(0);
        table.Append(marker);
    }

    /// <summary>The marker row's XML as the SDK writes it in the document.</summary>
    public byte[] Marker { get; }

    /// <summary>Number of rows written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes <paramref name="row"/> after the rows before it; the element may be dropped afterwards.</summary>
    public void Add(TableRow row)
    {
        row.WriteTo(_writer);
        Commit();
    }

    /// <summary>Writes a row with <paramref name="write"/>, which writes its XML as the SDK would write the row's
    /// elements (<see cref="TableRowXml"/>), after the rows before it.</summary>
    public void Add(Action<XmlWriter> write)
    {
        write(_writer);
        Commit();
    }

    private void Commit()
    {
        _writer.Flush();
        var xml = _xml.GetBuffer().AsSpan(0, (int)_xml.Length);
        if (_deflate is null && _plain.Length + xml.Length <= PlainBytes) _plain.Write(xml);
        else
        {
            if (_deflate is null)
            {
                _deflated = new MemoryStream();
                _deflate = new DeflateStream(_deflated, CompressionLevel.Fastest, leaveOpen: true);
            }
            _deflate.Write(xml);
        }
        _xml.SetLength(0);
        Count++;
    }

    /// <summary>Writes every row's XML, in order, to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination)
    {
        destination.Write(_plain.GetBuffer(), 0, (int)_plain.Length);
        if (_deflate is null || _deflated is null) return;
        _deflate.Dispose(); // ends the compressed data; nothing more is added
        _deflated.Position = 0;
        using var inflate = new DeflateStream(_deflated, CompressionMode.Decompress, leaveOpen: true);
        inflate.CopyTo(destination);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _deflate?.Dispose();
        _deflated?.Dispose();
    }
}
