using System.Buffers.Binary;
using System.Text;

namespace BriefGenerator.Tests.Support;

/// <summary>Where a 64-bit little-endian ELF file (the native binary) asks to be loaded: its sections' addresses and
/// sizes by name and its loadable segments' alignments, read from the file's headers.</summary>
public sealed class ElfLayout
{
    private ElfLayout(IReadOnlyDictionary<string, (ulong Address, ulong Size)> sections, IReadOnlyList<ulong> loadAlignments)
    {
        Sections = sections;
        LoadAlignments = loadAlignments;
    }

    /// <summary>Each named section's address (relative to where the binary is loaded) and size in memory.</summary>
    public IReadOnlyDictionary<string, (ulong Address, ulong Size)> Sections { get; }

    /// <summary>The alignment (p_align) of each loadable (PT_LOAD) segment, in header order.</summary>
    public IReadOnlyList<ulong> LoadAlignments { get; }

    /// <summary>Reads the headers of the ELF file at <paramref name="path"/>.</summary>
    public static ElfLayout Read(string path)
    {
        var elf = File.ReadAllBytes(path);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file");
        ulong U64(long at) => BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan((int)at));
        uint U32(long at) => BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan((int)at));
        int U16(long at) => BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan((int)at));

        long programHeaders = (long)U64(0x20), sectionHeaders = (long)U64(0x28);
        int programSize = U16(0x36), programCount = U16(0x38), sectionSize = U16(0x3a), sectionCount = U16(0x3c), names = U16(0x3e);
        var alignments = new List<ulong>();
        for (var i = 0; i < programCount; i++)
        {
            var header = programHeaders + (long)i * programSize;
            if (U32(header) == 1) alignments.Add(U64(header + 0x30)); // PT_LOAD, p_align
        }
        var nameTable = (long)U64(sectionHeaders + (long)names * sectionSize + 0x18);
        var sections = new Dictionary<string, (ulong, ulong)>(StringComparer.Ordinal);
        for (var i = 1; i < sectionCount; i++)
        {
            var header = sectionHeaders + (long)i * sectionSize;
            var nameStart = (int)(nameTable + U32(header));
            var name = Encoding.ASCII.GetString(elf, nameStart, Array.IndexOf(elf, (byte)0, nameStart) - nameStart);
            sections[name] = (U64(header + 0x10), U64(header + 0x20)); // sh_addr, sh_size
        }
        return new ElfLayout(sections, alignments);
    }
}
