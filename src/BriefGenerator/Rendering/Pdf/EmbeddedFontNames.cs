using System.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>The names of the embedded subset fonts, as ISO 32000-1 §9.6.4 has them: a tag of six capitals, a plus sign
/// and the font's PostScript name (<c>ABCDEF+NotoSans-Bold</c>). The tag is drawn from the subset program itself
/// (<see cref="Writer.PdfFontWriter"/>), so it changes with the glyphs a document uses and is the same on every build.</summary>
internal static class EmbeddedFontNames
{
    /// <summary>A PostScript name (printable ASCII without delimiters or spaces, at most 63 characters) from any name.</summary>
    public static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Replace(',', '-'))
            if (c is > ' ' and < (char)127 and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')) sb.Append(c);
        var s = sb.Length == 0 ? "Font" : sb.ToString();
        return s.Length > 63 ? s[..63] : s;
    }
}
