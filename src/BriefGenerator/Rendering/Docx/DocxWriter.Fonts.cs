using System.Globalization;
using BriefGenerator.Document;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FontFace = BriefGenerator.Theming.FontFace;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    private const string FontTableId = "rIdFontTable";

    /// <summary>The font table names the theme's three families and embeds the faces the document uses (regular and
    /// bold of body and heading fonts always; italics and the monospace face only when some text needs them), whole or
    /// subset to the scripts the document and its language use as the theme's <c>embed_fonts</c> decides
    /// (<see cref="FontEmbedding"/>), and obfuscated as ECMA-376 §17.8.1 asks.</summary>
    private void WriteFonts()
    {
        var part = _package.Add(_main, DocxPartType.FontTable, FontTableId);
        var fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        var usage = InlineUsage.Of(Document);
        var codePoints = CodePointBlocks.CodePoints(Document, Theme);
        var blocks = new SortedSet<int>(codePoints.Select(c => c >> 7));
        blocks.UnionWith(LanguageBlocks.For(Document.Info.Language));
        if (Theme.EmbedFonts == FontEmbedding.Used) codePoints.UnionWith(UsedGlyphs.Always);
        // The subset cache's name for these code points, made once for all the faces.
        var usedKey = Theme.EmbedFonts == FontEmbedding.Used ? EmbeddedFontCache.UsedKey(codePoints) : null;
        var families = new List<(string Family, FontStyle[] Styles, FontFamilyValues Kind, bool Fixed)>
        {
            (Theme.Fonts.Body, Faces(usage.BodyItalic), FontFamilyValues.Roman, false),
            (Theme.Fonts.Heading, Faces(usage.HeadingItalic), FontFamilyValues.Swiss, false),
            (Theme.Fonts.Mono, usage.Code ? new[] { FontStyle.Regular } : Array.Empty<FontStyle>(), FontFamilyValues.Modern, true),
        };
        var embedded = new HashSet<string>(StringComparer.Ordinal);
        // Body and heading may share a family: one font entry with the union of the faces.
        var merged = families.GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Family: g.First().Family, Styles: g.SelectMany(f => f.Styles).Distinct().Order().ToArray(), g.First().Kind, g.First().Fixed));
        foreach (var (family, styles, kind, isFixed) in merged)
        {
            var font = new Font { Name = family };
            font.Append(new FontCharSet { Val = "00" });
            font.Append(new FontFamily { Val = kind });
            font.Append(new Pitch { Val = isFixed ? FontPitchValues.Fixed : FontPitchValues.Variable });
            foreach (var style in styles)
            {
                var face = Context.Fonts.Find(family, style);
                // A missing face (or a fallback to another style) is not embedded under this style's name.
                if (Theme.EmbedFonts == FontEmbedding.None || face is null || face.Style != style || !embedded.Add(face.FaceName)) continue;
                font.Append(Embed(part, face, embedded.Count, blocks, codePoints, usedKey));
            }
            fonts.Append(font);
        }
        part.Root = fonts;
    }

    private static FontStyle[] Faces(bool italic) => italic
        ? new[] { FontStyle.Regular, FontStyle.Bold, FontStyle.Italic, FontStyle.BoldItalic }
        : new[] { FontStyle.Regular, FontStyle.Bold };

    private OpenXmlElement Embed(DocxPart table, FontFace face, int index, SortedSet<int> blocks, HashSet<int> codePoints, string? usedKey)
    {
        var id = "rIdFont" + index.ToString(CultureInfo.InvariantCulture);
        var key = FontObfuscation.KeyFor(face.FaceName);
        var embedded = Theme.EmbedFonts == FontEmbedding.Used ? EmbeddedFontCache.GetUsed(face, key, codePoints, usedKey)
            : EmbeddedFontCache.Get(face, key, FontEmbedding.Subsets(Theme.EmbedFonts, face.Bytes.Length) ? blocks : null);
        // Compressed once per process, not once per brief.
        _package.Add(table, DocxPartType.Font, id).Entry = embedded.Entry;
        // w:subsetted tells Word the face is incomplete (ECMA-376 §17.8.3.3); a whole face carries no attribute.
        var subsetted = embedded.Subsetted ? true : (bool?)null;
        return face.Style switch
        {
            FontStyle.Bold => new EmbedBoldFont { Id = id, FontKey = key, Subsetted = subsetted },
            FontStyle.Italic => new EmbedItalicFont { Id = id, FontKey = key, Subsetted = subsetted },
            FontStyle.BoldItalic => new EmbedBoldItalicFont { Id = id, FontKey = key, Subsetted = subsetted },
            _ => new EmbedRegularFont { Id = id, FontKey = key, Subsetted = subsetted },
        };
    }
}
