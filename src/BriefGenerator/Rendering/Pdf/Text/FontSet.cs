using System.Globalization;
using System.Text;
using BriefGenerator.Diagnostics;
using BriefGenerator.Fonts;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>Font resolution and measurement for one render: picks a face per character along the fallback chain
/// (<see cref="FallbackFamilies"/>: the run's family, the body family, Noto Sans, the maths and symbol faces, the
/// monospace ones last), measures text, and reports characters that no
/// bundled font has (BG040, once per character).</summary>
internal sealed class FontSet
{
    private readonly FontLibrary _library;
    private readonly Theme _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<(string Face, double Size, string Text), double> _widths = new();
    private readonly Dictionary<(string Family, FontStyle Style), FontFace[]> _chains = new();
    private readonly HashSet<int> _reported = new();

    public FontSet(FontLibrary library, Theme theme, DiagnosticBag diagnostics)
    {
        _library = library;
        _theme = theme;
        _diagnostics = diagnostics;
    }

    /// <summary>The fonts this set picks from.</summary>
    public FontLibrary Library => _library;

    /// <summary>Width of <paramref name="text"/> in points.</summary>
    public double Measure(string text, FontFace face, double size)
    {
        var key = (face.FaceName, size, text);
        if (_widths.TryGetValue(key, out var w)) return w;
        w = TextMeasurer.Width(text, face, size);
        _widths[key] = w;
        return w;
    }

    /// <summary>The primary face of a style (first face of its fallback chain).</summary>
    public FontFace Primary(string family, FontStyle style) => Chain(family, style)[0];

    /// <summary>Splits a run into fragments of one face each; every space and hard break is its own fragment.</summary>
    public IEnumerable<Fragment> Shape(StyledRun run, SourceSpan span)
    {
        var chain = Chain(run.Style.Family, run.Style.Style);
        var sb = new StringBuilder();
        FontFace? current = null;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t' or '\n')
            {
                if (sb.Length > 0) yield return Make(sb, current!, run.Style);
                var sp = rune.Value == '\n' ? "\n" : " ";
                var face = current ?? chain[0];
                yield return new Fragment(sp, face, run.Style, sp == "\n" ? 0 : Measure(" ", face, run.Style.Size));
                continue;
            }
            var pick = Pick(chain, rune, span);
            if (current is not null && !ReferenceEquals(pick, current) && sb.Length > 0) yield return Make(sb, current, run.Style);
            current = pick;
            if (rune.IsBmp) sb.Append((char)rune.Value);
            else sb.Append(rune.ToString());
        }
        if (sb.Length > 0) yield return Make(sb, current!, run.Style);
    }

    private Fragment Make(StringBuilder sb, FontFace face, RunStyle style)
    {
        var text = sb.ToString();
        sb.Clear();
        return new Fragment(text, face, style, Measure(text, face, style.Size));
    }

    private FontFace Pick(FontFace[] chain, Rune rune, SourceSpan span)
    {
        if (Rune.IsControl(rune) || rune.Value is 0x00AD or 0x200B or 0xFEFF) return chain[0];
        foreach (var face in chain)
            if (TextMeasurer.HasGlyph(face, rune.Value)) return face;
        if (_reported.Add(rune.Value))
            _diagnostics.Warning(DiagnosticCodes.MissingGlyph,
                string.Create(CultureInfo.InvariantCulture, $"no bundled font has a glyph for U+{rune.Value:X4} '{rune}'"), span);
        return chain[0];
    }

    private FontFace[] Chain(string family, FontStyle style)
    {
        if (_chains.TryGetValue((family, style), out var chain)) return chain;
        chain = FallbackFamilies.For(family, _theme.Fonts).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(f => _library.Find(f, style))
            .OfType<FontFace>()
            .Distinct()
            .ToArray();
        if (chain.Length == 0)
            throw new InvalidOperationException($"No bundled font found in '{_library.Folder}' for '{family}'.");
        _chains[(family, style)] = chain;
        return chain;
    }
}
