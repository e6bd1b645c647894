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
    private readonly Dictionary<(string Family, FontStyle Style), FontFace[]> _chains = new();
    // Per chain, the face picked for each ASCII character (null until first met): most text is ASCII, and a pick
    // otherwise looks the character up in each face's cmap in turn.
    private readonly Dictionary<FontFace[], FontFace?[]> _asciiPicks = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> _reported = new();
    private readonly StringBuilder _builder = new(); // a fragment holding characters outside the BMP (Shape)

    public FontSet(FontLibrary library, Theme theme, DiagnosticBag diagnostics)
    {
        _library = library;
        _theme = theme;
        _diagnostics = diagnostics;
    }

    /// <summary>The fonts this set picks from.</summary>
    public FontLibrary Library => _library;

    /// <summary>Width of <paramref name="text"/> in points. Straight from the process's shaped-text cache
    /// (<see cref="TextShaper"/>), whose width at a size is one multiplication: a memo of widths per render, keyed on
    /// face, size and text, cost more to hash and fill (a table regrown for every brief) than it saved.</summary>
    public double Measure(string text, FontFace face, double size) => TextMeasurer.Width(text, face, size);

    /// <summary>The primary face of a style (first face of its fallback chain).</summary>
    public FontFace Primary(string family, FontStyle style) => Chain(family, style)[0];

    /// <summary>Splits a run into fragments of one face each; every space and hard break is its own fragment.</summary>
    public IEnumerable<Fragment> Shape(StyledRun run, SourceSpan span)
    {
        var fragments = new List<Fragment>();
        Shape(run, span, fragments);
        return fragments;
    }

    /// <summary>As above, adding the fragments to <paramref name="into"/> (no iterator or list of its own per run).</summary>
    public void Shape(StyledRun run, SourceSpan span, List<Fragment> into)
    {
        var chain = Chain(run.Style.Family, run.Style.Style);
        var ascii = _asciiPicks[chain];
        var text = run.Text;
        // The current fragment is text[start..i) while it holds only characters of the BMP (the usual case: then it is
        // cut from the run's text, with no builder); a character outside it moves the fragment into _builder.
        var sb = _builder;
        sb.Clear();
        int start = 0, length = 0;
        FontFace? current = null;
        for (var i = 0; i < text.Length;)
        {
            // As EnumerateRunes: an unpaired surrogate reads as U+FFFD (and then goes through the builder).
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var size);
            if (rune.Value is ' ' or '\t' or '\n')
            {
                if (length > 0 || sb.Length > 0) into.Add(Make(text, start, length, sb, current!, run.Style));
                length = 0;
                var sp = rune.Value == '\n' ? "\n" : " ";
                var face = current ?? chain[0];
                into.Add(new Fragment(sp, face, run.Style, sp == "\n" ? 0 : Measure(" ", face, run.Style.Size)));
                i += size;
                start = i;
                continue;
            }
            var pick = rune.Value < 128 ? ascii[rune.Value] ??= Pick(chain, rune, span) : Pick(chain, rune, span);
            if (current is not null && !ReferenceEquals(pick, current) && (length > 0 || sb.Length > 0))
            {
                into.Add(Make(text, start, length, sb, current, run.Style));
                length = 0;
                start = i;
            }
            current = pick;
            if (rune.IsBmp && text[i] == rune.Value && sb.Length == 0) length += size;
            else
            {
                if (sb.Length == 0) sb.Append(text, start, length);
                if (rune.IsBmp) sb.Append((char)rune.Value);
                else sb.Append(text, i, size);
            }
            i += size;
        }
        if (length > 0 || sb.Length > 0) into.Add(Make(text, start, length, sb, current!, run.Style));
    }

    // The fragment text[start..start + length), or the builder's text when it holds the fragment (then emptied).
    // A word met before (most are) takes the string the shaped-text cache holds for it, with its width, instead of a
    // new substring measured again: the same text and the same width.
    private Fragment Make(string run, int start, int length, StringBuilder sb, FontFace face, RunStyle style)
    {
        string text;
        if (sb.Length > 0) { text = sb.ToString(); sb.Clear(); }
        else if (start == 0 && length == run.Length) text = run;
        else if (TextShaper.TryCached(run.AsSpan(start, length), face, out var shaped))
            return new Fragment(shaped.Text, face, style, shaped.Width(style.Size));
        else text = run.Substring(start, length);
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
        _asciiPicks[chain] = new FontFace?[128];
        return chain;
    }
}
