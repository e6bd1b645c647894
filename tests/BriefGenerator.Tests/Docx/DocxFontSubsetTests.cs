using BriefGenerator.Fonts;
using System.Buffers.Binary;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Docx;

/// <summary>Subset fonts keep every glyph the text can reach and drop the outlines of the rest.</summary>
public class DocxFontSubsetTests
{
    private static readonly byte[] Serif = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;

    private static int GlyphLength(byte[] font, int codePoint)
    {
        var tables = TrueTypeFile.ReadTables(font)!.ToDictionary(t => t.Tag, t => t.Data);
        var glyph = TrueTypeCmap.Read(tables["cmap"], int.MaxValue)!.First(p => p.CodePoint == codePoint).Glyph;
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(tables["loca"].AsSpan(4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(tables["loca"].AsSpan(2 * g));
        return Offset(glyph + 1) - Offset(glyph);
    }

    [Fact]
    public void Latin_is_kept_and_unused_scripts_are_emptied()
    {
        var subset = FontSubsetter.Subset(Serif, new SortedSet<int> { 0 })!;
        Assert.True(GlyphLength(subset, 'A') > 0);
        Assert.True(GlyphLength(subset, 'é') > 0);
        Assert.True(GlyphLength(subset, 0x2022) > 0);               // bullet
        Assert.Equal(0, GlyphLength(subset, 0x0416));                // Cyrillic Zhe: no Cyrillic text
        Assert.True(GlyphLength(Serif, 0x0416) > 0);
        Assert.True(subset.Length < Serif.Length * 0.7);
    }

    [Fact]
    public void Blocks_the_text_uses_are_kept()
    {
        var subset = FontSubsetter.Subset(Serif, new SortedSet<int> { 0x0416 >> 7 })!;
        Assert.True(GlyphLength(subset, 0x0416) > 0);
        Assert.True(GlyphLength(subset, 0x0436) > 0);               // ж, same 128-code-point block
        Assert.Equal(0, GlyphLength(subset, 0x04B7));                // ҷ is in the next block, not used here
    }

    [Fact]
    public void Subset_font_has_valid_checksums()
    {
        var subset = FontSubsetter.Subset(Serif, new SortedSet<int>())!;
        uint sum = 0;
        for (var i = 0; i + 4 <= subset.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(subset.AsSpan(i)));
        Assert.Equal(0xB1B0AFBAu, sum);
        Assert.Equal(0, subset.Length % 4);
    }

    [Fact]
    public void Data_that_is_not_a_font_is_left_alone()
    {
        Assert.Null(FontSubsetter.Subset(new byte[100], new SortedSet<int>()));
        Assert.Null(FontSubsetter.Subset(Array.Empty<byte>(), new SortedSet<int>()));
    }
}
