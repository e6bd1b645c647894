using System.Buffers.Binary;
using System.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes a plain zip file (deflated entries, no data descriptors, no extra fields, one timestamp) from
/// entries that are already compressed, in the order given: the same entries always give the same bytes.</summary>
internal static class DeterministicZip
{
    /// <summary>The zip bytes for <paramref name="entries"/>, every entry stamped with <paramref name="time"/>.</summary>
    public static byte[] Write(IReadOnlyList<(string Name, CompressedEntry Entry)> entries, DateTime time)
    {
        var (names, size) = Measure(entries);
        // Written into an array of the exact size: no growing buffer and no final copy (a DOCX with whole fonts is ~1 MB).
        var bytes = new byte[size];
        using (var output = new MemoryStream(bytes)) WriteTo(output, entries, names, size, time);
        return bytes;
    }

    /// <summary>The same zip, in a buffer lent by the output pool (<see cref="OutputBytes"/>) instead of a new array: a
    /// DOCX is a large object, and a new one a brief set off full collections (see <see cref="OutputBuffers"/>).</summary>
    public static OutputBytes WriteLent(IReadOnlyList<(string Name, CompressedEntry Entry)> entries, DateTime time)
    {
        var (names, size) = Measure(entries);
        var lent = OutputBytes.Rent(size);
        using (var output = lent.OpenWrite()) WriteTo(output, entries, names, size, time);
        return lent;
    }

    /// <summary>Orders zip entry names as Office writes a package: <c>[Content_Types].xml</c> first, the package
    /// relationships next, then the main document, then the rest by name.</summary>
    public static int EntryOrder(string a, string b)
    {
        var rank = Rank(a) - Rank(b);
        return rank != 0 ? rank : string.CompareOrdinal(a, b);
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };

    // The entries' names as UTF-8 and the zip's exact size.
    private static (byte[][] Names, int Size) Measure(IReadOnlyList<(string Name, CompressedEntry Entry)> entries)
    {
        var names = entries.Select(e => Encoding.UTF8.GetBytes(e.Name)).ToArray();
        long size = 22;
        for (var i = 0; i < entries.Count; i++) size += 30 + 46 + 2L * names[i].Length + entries[i].Entry.Deflated.LongLength;
        return (names, checked((int)size));
    }

    private static void WriteTo(MemoryStream output, IReadOnlyList<(string Name, CompressedEntry Entry)> entries, byte[][] names, int size, DateTime time)
    {
        var (dosTime, dosDate) = DosDateTime(time);
        var offsets = new long[entries.Count];
        Span<byte> local = stackalloc byte[30];
        Span<byte> central = stackalloc byte[46];
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = output.Position;
            var (name, entry) = entries[i];
            var nameBytes = names[i];
            var header = local;
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            Common(header[4..], name, entry, nameBytes.Length, dosTime, dosDate);
            output.Write(header);
            output.Write(nameBytes);
            output.Write(entry.Deflated);
        }

        var directoryStart = output.Position;
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, entry) = entries[i];
            var nameBytes = names[i];
            var header = central;
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);            // version made by
            Common(header[6..], name, entry, nameBytes.Length, dosTime, dosDate);
            // comment length, disk number, internal and external attributes stay zero
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], checked((uint)offsets[i]));
            output.Write(header);
            output.Write(nameBytes);
        }

        var directorySize = output.Position - directoryStart;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], checked((uint)directorySize));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], checked((uint)directoryStart));
        output.Write(end);
        if (output.Position != size) throw new InvalidOperationException("zip size miscounted");
    }

    // The 26 bytes shared by local and central headers, from "version needed" to "extra field length".
    private static void Common(Span<byte> h, string name, CompressedEntry entry, int nameLength, ushort dosTime, ushort dosDate)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(h, 20);                                    // version needed: deflate
        BinaryPrimitives.WriteUInt16LittleEndian(h[2..], (ushort)(name.Any(c => c > 127) ? 0x0800 : 0)); // UTF-8 name
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 8);                                // method: deflate
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[10..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], checked((uint)entry.Deflated.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], checked((uint)entry.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(h[22..], checked((ushort)nameLength));
        BinaryPrimitives.WriteUInt16LittleEndian(h[24..], 0);                               // no extra field
    }

    private static (ushort Time, ushort Date) DosDateTime(DateTime t)
    {
        if (t.Year < 1980) t = new DateTime(1980, 1, 1);
        if (t.Year > 2107) t = new DateTime(2107, 12, 31, 23, 59, 58);
        var time = (ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2));
        var date = (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day);
        return (time, date);
    }
}
