namespace BriefGenerator.Fonts;

/// <summary>One glyph of shaped text, in the font's design units.</summary>
/// <param name="Glyph">Glyph id in the font.</param>
/// <param name="Cluster">Index (UTF-16) in the shaped text of the first character this glyph stands for.</param>
/// <param name="Advance">How far the pen moves after the glyph (its width plus any kerning).</param>
/// <param name="OffsetX">Horizontal shift of the glyph from the pen position.</param>
/// <param name="OffsetY">Vertical shift of the glyph from the baseline, upwards.</param>
internal readonly record struct ShapedGlyph(ushort Glyph, int Cluster, int Advance, int OffsetX, int OffsetY);
