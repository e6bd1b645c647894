using System.Buffers.Binary;

namespace BriefGenerator.Fonts;

/// <summary>The table directory of a TrueType file as slices of the file's bytes: nothing is copied (reading a face's
/// tables into arrays of their own copied the whole file, most of it <c>glyf</c>, for every subset made). Accepts
/// exactly the files <see cref="TrueTypeFile.ReadTables"/> accepts.</summary>
internal sealed class TrueTypeTables
{
    private readonly ReadOnlyMemory<byte> _font;

    private TrueTypeTables(ReadOnlyMemory<byte> font, List<(string Tag, int Offset, int Length)> entries)
    {
        _font = font;
        Entries = entries;
    }

    /// <summary>Each table's tag, offset and length, in file order.</summary>
    public IReadOnlyList<(string Tag, int Offset, int Length)> Entries { get; }

    /// <summary>The directory of <paramref name="font"/>; null when it is not a TrueType font.</summary>
    public static TrueTypeTables? Read(ReadOnlyMemory<byte> font)
    {
        var bytes = font.Span;
        if (bytes.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(bytes) != 0x00010000) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes[4..]);
        if (12 + 16 * count > font.Length) return null;
        var entries = new List<(string, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = bytes.Slice(12 + 16 * i, 16);
            var tag = Tag(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + (long)length > font.Length) return null;
            entries.Add((tag, (int)offset, (int)length));
        }
        return new TrueTypeTables(font, entries);
    }

    /// <summary>The bytes of a directory entry.</summary>
    public ReadOnlyMemory<byte> Data((string Tag, int Offset, int Length) entry) => _font.Slice(entry.Offset, entry.Length);

    /// <summary>The first table tagged <paramref name="tag"/> (as <c>GroupBy(tag).First()</c> over the tables would).</summary>
    public bool TryGet(string tag, out ReadOnlyMemory<byte> data)
    {
        foreach (var entry in Entries)
            if (entry.Tag == tag) { data = Data(entry); return true; }
        data = default;
        return false;
    }

    // The common tags without a string allocated for each; others as ASCII.
    private static string Tag(ReadOnlySpan<byte> bytes)
    {
        foreach (var known in Known)
            if (bytes.SequenceEqual(known.Bytes)) return known.Tag;
        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    private static readonly (string Tag, byte[] Bytes)[] Known = new[]
    {
        "OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep",
        "GDEF", "GPOS", "GSUB", "DSIG",
    }.Select(t => (t, System.Text.Encoding.ASCII.GetBytes(t))).ToArray();
}
