using BriefGenerator.Fonts;
using System.Buffers.Binary;
using BriefGenerator.Rendering.Docx;
using BriefGenerator.Theming;

namespace BriefGenerator.Tests.Docx;

/// <summary>Subset fonts keep every glyph the text can reach, drop the outlines of the rest, and say so: their character
/// map and OS/2 coverage list only what they can still draw.</summary>
public class DocxFontSubsetTests
{
    private static readonly byte[] Serif = FontLibrary.Open(DocxTestPaths.Fonts).Find("Noto Serif", FontStyle.Regular)!.Data;

    // The length of the outline the original face draws codePoint with (a subset keeps glyph ids, not the mapping).
    private static int GlyphLength(byte[] font, int codePoint)
    {
        var tables = TrueTypeFile.ReadTables(font)!.ToDictionary(t => t.Tag, t => t.Data);
        var original = TrueTypeFile.ReadTables(Serif)!.ToDictionary(t => t.Tag, t => t.Data);
        var glyph = TrueTypeCmap.Read(original["cmap"], int.MaxValue)!.First(p => p.CodePoint == codePoint).Glyph;
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

    private static HashSet<int> Mapped(byte[] font)
    {
        var cmap = TrueTypeFile.ReadTables(font)!.Single(t => t.Tag == "cmap").Data;
        return TrueTypeCmap.Read(cmap, int.MaxValue)!.Select(p => p.CodePoint).ToHashSet();
    }

    [Fact]
    public void A_subset_maps_only_the_characters_it_can_draw()
    {
        var subset = FontSubsetter.Subset(Serif, new SortedSet<int> { 0 })!;
        var mapped = Mapped(subset);
        Assert.Contains('A', mapped);
        Assert.Contains(0x00E9, mapped);                             // é
        Assert.DoesNotContain(0x03BB, mapped);                       // λ: emptied, so no longer claimed
        Assert.DoesNotContain(0x0416, mapped);
        Assert.Contains(0x03BB, Mapped(Serif));
        // Every character it still maps has its outline (or is a space-like glyph the original draws empty too).
        foreach (var cp in mapped.Where(c => c > 0x20 && c < 0x2000).Take(400))
            Assert.Equal(GlyphLength(Serif, cp) > 0, GlyphLength(subset, cp) > 0);
    }

    [Fact]
    public void A_subset_clears_the_OS2_coverage_bits_of_scripts_it_dropped()
    {
        static uint Range1(byte[] font) => BinaryPrimitives.ReadUInt32BigEndian(TrueTypeFile.ReadTables(font)!.Single(t => t.Tag == "OS/2").Data.AsSpan(42));
        const uint greek = 1u << 7, cyrillic = 1u << 9, basicLatin = 1u;
        Assert.Equal(greek | cyrillic, Range1(Serif) & (greek | cyrillic));
        var latinOnly = Range1(FontSubsetter.Subset(Serif, new SortedSet<int> { 0 })!);
        Assert.Equal(0u, latinOnly & (greek | cyrillic));
        Assert.Equal(basicLatin, latinOnly & basicLatin);
        var withCyrillic = Range1(FontSubsetter.Subset(Serif, LanguageBlocks.For("ru"))!);
        Assert.Equal(cyrillic, withCyrillic & (greek | cyrillic));
    }

    [Theory]
    [InlineData("ru", 0x0436, true)]
    [InlineData("tg", 0x04B7, true)]      // Tajik ҷ, in the Cyrillic Supplement block
    [InlineData("uz-Latn", 0x0436, false)]
    [InlineData("el", 0x03BB, true)]
    [InlineData("en-US", 0x03BB, false)]
    public void A_language_keeps_its_script(string language, int codePoint, bool kept)
    {
        var subset = FontSubsetter.Subset(Serif, LanguageBlocks.For(language))!;
        Assert.Equal(kept, Mapped(subset).Contains(codePoint));
        Assert.Equal(kept, GlyphLength(subset, codePoint) > 0);
    }
}
