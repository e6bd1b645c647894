using System.Security.Cryptography;
using System.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>The names of the embedded subset fonts, as ISO 32000-1 §9.6.4 has them: a tag of six capitals, a plus sign
/// and the font's PostScript name (<c>ABCDEF+NotoSans-Bold</c>). PDFsharp 6.2.4 tags subsets at random and names them by
/// their display name (<c>Noto Sans,Bold</c>, written <c>Noto#20Sans,Bold</c>); here the tag is derived from the subset
/// program itself, so it changes with the glyphs a document uses and is the same on every build.</summary>
internal sealed class EmbeddedFontNames
{
    private readonly Dictionary<string, string> _renames = new(StringComparer.Ordinal);

    /// <summary>Name tokens to replace (without their slash, as written in the file) and their replacements.</summary>
    public IReadOnlyDictionary<string, string> Renames => _renames;

    /// <summary>Adds the font whose descriptor names it <paramref name="fontName"/> (a written name token such as
    /// <c>FDTQJZ+Noto#20Sans,Bold</c>) and whose program is <paramref name="program"/>; <paramref name="postScriptNames"/>
    /// is <see cref="Text.PostScriptNames.Of"/> of the faces used.</summary>
    public void Add(string fontName, ReadOnlySpan<byte> program, IReadOnlyDictionary<string, string> postScriptNames)
    {
        if (_renames.ContainsKey(fontName)) return;
        var plus = fontName.IndexOf('+');
        var display = Decode(plus == 6 ? fontName[7..] : fontName);
        var name = Text.PostScriptNames.MetricsKey(program) is { } key && postScriptNames.TryGetValue(key, out var ps)
            ? Sanitize(ps) : Sanitize(display);
        var hash = SHA256.HashData(program);
        for (int salt = 0; ; salt++)
        {
            var tag = Letters(salt == 0 ? hash : SHA256.HashData(hash.Append((byte)salt).ToArray()));
            var renamed = tag + "+" + name;
            if (_renames.ContainsValue(renamed)) continue;
            _renames[fontName] = renamed;
            return;
        }
    }

    /// <summary>A PostScript name (printable ASCII without delimiters or spaces, at most 63 characters) from any name.</summary>
    public static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Replace(',', '-'))
            if (c is > ' ' and < (char)127 and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')) sb.Append(c);
        var s = sb.Length == 0 ? "Font" : sb.ToString();
        return s.Length > 63 ? s[..63] : s;
    }

    // A PDF name token's #xx escapes decoded.
    private static string Decode(string token)
    {
        if (!token.Contains('#')) return token;
        var bytes = new List<byte>();
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == '#' && i + 2 < token.Length && byte.TryParse(token.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else bytes.Add((byte)token[i]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Letters(byte[] hash)
    {
        Span<char> tag = stackalloc char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }
}
