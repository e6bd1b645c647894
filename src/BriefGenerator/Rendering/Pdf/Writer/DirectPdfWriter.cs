using System.Globalization;
using BriefGenerator.Document;
using BriefGenerator.Rendering.Pdf.Canvas;

namespace BriefGenerator.Rendering.Pdf.Writer;

/// <summary>Writes the laid-out document as a tagged PDF/A-2a, PDF/UA-1 file: replays the display list onto a
/// <see cref="DirectCanvas"/>, then writes the catalog (structure tree, outlines, language, viewer preferences, the
/// sRGB output intent), the XMP packet (<see cref="XmpPacket"/>), the document information dictionary and the
/// cross-reference table, and fills the file identifiers (<see cref="DocumentIds"/>).</summary>
internal static class DirectPdfWriter
{
    private static readonly Lazy<byte[]> SrgbProfile = new(() =>
    {
        using var stream = typeof(DirectPdfWriter).Assembly.GetManifestResourceStream("pdf/sRGB.icc")
            ?? throw new InvalidOperationException("The sRGB profile is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The file's bytes and its page count. <paramref name="lay"/> lays the document out into the display list
    /// it is given, whose finished pages are written as they come (<see cref="DisplayList.Sink"/>). A file that grows
    /// large goes on into the stream <paramref name="openSpool"/> opens (see <see cref="PdfFileWriter"/>): then
    /// <c>Bytes</c> is null and <c>Sha256</c> is the hash of what was written there. A file in memory is handed out in a
    /// lent buffer (<see cref="OutputBytes"/>), not a new array: a PDF of a few pages is already a large object.</summary>
    public static (OutputBytes? Bytes, int PageCount, byte[]? Sha256) Write(Action<DisplayList> lay, DocumentInfo info, Func<Stream>? openSpool = null,
        int spoolAt = PdfFileWriter.DefaultSpoolAt)
    {
        var file = new PdfFileWriter(openSpool, spoolAt);
        var layout = new DisplayList();
        var canvas = new DirectCanvas(file, layout.Anchors);
        layout.Sink = canvas;
        lay(layout);
        layout.Replay(canvas);
        layout.Release();
        canvas.Finish(new HashSet<string>(StringComparer.Ordinal));
        file.Hold(); // the identifiers are filled into what follows, kept in memory

        var producer = $"BriefGenerator {info.ToolVersion}";
        int metadata = file.Allocate(), profile = file.Allocate(), catalog = file.Allocate(), infoNumber = file.Allocate(),
            preferences = file.Allocate();
        file.Object(preferences, "<</DisplayDocTitle true>>"u8);
        var xmp = XmpPacket.Build(info, producer);
        file.Stream(metadata, "/Type/Metadata/Subtype/XML"u8, xmp, deflate: false);
        long xmpAt = file.Position - "\nendstream\nendobj\n".Length - xmp.Length;
        var b = new PdfBuffer(1024);
        b.Bytes("/N 3"u8);
        file.Stream(profile, b.Span, SrgbProfile.Value);

        b.Clear();
        b.Bytes("<</Type/Catalog/Pages "u8).Ref(canvas.PagesNumber).Bytes("/StructTreeRoot "u8).Ref(canvas.StructTreeRoot)
            .Bytes("/MarkInfo<</Marked true>>/Lang"u8).Text(info.Language).Bytes("/Metadata "u8).Ref(metadata);
        if (canvas.OutlinesNumber != 0) b.Bytes("/Outlines "u8).Ref(canvas.OutlinesNumber);
        b.Bytes("/PageMode/UseOutlines/ViewerPreferences "u8).Ref(preferences)
            .Bytes("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB)/RegistryName(http://www.color.org)"u8)
            .Bytes("/Info(Creator: ColorOrg     Manufacturer:IEC    Model:sRGB)/DestOutputProfile "u8).Ref(profile).Bytes(">>]>>"u8);
        file.Object(catalog, b.Span);

        b.Clear();
        var date = "D:" + info.Timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
        // Entries with nothing to say are left out (an empty /Author is not "no author"); XmpPacket does the same.
        b.Bytes("<</Title"u8).Text(info.Title);
        if (XmpPacket.Authors(info) is { } authors) b.Bytes("/Author"u8).Text(authors);
        if (!string.IsNullOrEmpty(info.Subject)) b.Bytes("/Subject"u8).Text(info.Subject);
        if (XmpPacket.Keywords(info) is { } keywords) b.Bytes("/Keywords"u8).Text(keywords);
        b.Bytes("/Creator"u8).Text($"BriefGenerator {info.ToolVersion}").Bytes("/Producer"u8).Text(producer)
            .Bytes("/CreationDate"u8).Text(date).Bytes("/ModDate"u8).Text(date).Bytes(">>"u8);
        file.Object(infoNumber, b.Span);

        b.Clear();
        b.Bytes("/Root "u8).Ref(catalog).Bytes("/Info "u8).Ref(infoNumber);
        file.Finish(b.Span, out var idAt);
        if (file.Spooled)
        {
            var sha = file.EndSpooled((hash, tail, start) => DocumentIds.Fill(hash, tail, (int)(idAt - start), (int)(xmpAt - start), xmp.Length));
            file.Release();
            return (null, canvas.PageCount, sha);
        }
        var bytes = OutputBytes.Copy(file.Output.Span);
        file.Release();
        DocumentIds.Fill(bytes.Writable, (int)idAt, (int)xmpAt, xmp.Length);
        return (bytes, canvas.PageCount, null);
    }
}
