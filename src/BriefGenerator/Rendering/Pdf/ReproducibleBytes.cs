using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>Makes PDFsharp's output depend on its content only. PDFsharp 6.2.4 draws font subset tags, the XMP
/// document/instance ids and the trailer /ID from random GUIDs; each is replaced in place by a value of the same
/// length derived from a hash of the content, so cross-reference offsets stay valid.</summary>
internal static partial class ReproducibleBytes
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Returns the same PDF with every random identifier made deterministic.</summary>
    public static byte[] Normalize(byte[] pdf)
    {
        var text = Latin1.GetString(pdf);

        // Font subset tags "ABCDEF+NotoSerif-Regular": one new tag per original tag, from the font name.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, m =>
        {
            var original = m.Groups["tag"].Value;
            if (!tags.TryGetValue(original, out var tag))
            {
                for (int salt = 0; ; salt++)
                {
                    tag = Letters(Hash($"{m.Groups["name"].Value}#{salt}"), 6);
                    if (used.Add(tag)) break;
                }
                tags[original] = tag;
            }
            return "/" + tag + "+" + m.Groups["name"].Value;
        });

        // XMP ids and the trailer /ID are derived from everything else.
        var withoutIds = TrailerId().Replace(XmpUuid().Replace(text, "uuid:00000000-0000-0000-0000-000000000000"),
            m => "/ID[<" + new string('0', m.Groups["a"].Length) + "><" + new string('0', m.Groups["b"].Length) + ">]");
        var digest = Hash(withoutIds);
        var hex = Convert.ToHexString(digest);
        int n = 0;
        text = XmpUuid().Replace(text, _ => "uuid:" + new Guid(Hash(hex + "#" + n++).AsSpan(0, 16)).ToString());
        text = TrailerId().Replace(text, m =>
        {
            var full = m.Value;
            return full.Replace(m.Groups["a"].Value, hex[..m.Groups["a"].Length]).Replace(m.Groups["b"].Value, hex[..m.Groups["b"].Length]);
        });
        var result = Latin1.GetBytes(text);
        return result.Length == pdf.Length ? result : throw new InvalidOperationException("PDF length changed while normalizing.");
    }

    private static byte[] Hash(string s) => SHA256.HashData(Latin1.GetBytes(s));

    private static string Letters(byte[] bytes, int count)
    {
        var sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) sb.Append((char)('A' + bytes[i] % 26));
        return sb.ToString();
    }

    [GeneratedRegex(@"/(?<tag>[A-Z]{6})\+(?<name>[A-Za-z0-9\-]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<a>[0-9A-Fa-f]+)>\s*<(?<b>[0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();
}
