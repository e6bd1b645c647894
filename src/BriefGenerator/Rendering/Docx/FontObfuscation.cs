using System.Text;
using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Embedded-font obfuscation of ECMA-376 Part 1 §17.8.1: the first 32 bytes of the TrueType file are XORed
/// with a 16-byte key taken from the font key GUID, read from its last hex pair to its first.</summary>
internal static class FontObfuscation
{
    /// <summary>A font key derived from the face's name: stable across runs (no random GUIDs), distinct per face.</summary>
    public static string KeyFor(string faceName)
    {
        var hash = Sha256.HashData(Encoding.UTF8.GetBytes("BriefGenerator font key " + faceName));
        var hex = Convert.ToHexString(hash, 0, 16);
        return "{" + hex[..8] + "-" + hex[8..12] + "-" + hex[12..16] + "-" + hex[16..20] + "-" + hex[20..32] + "}";
    }

    /// <summary>The obfuscated copy of a font file (the input is not changed). Applying it twice gives the font back.</summary>
    public static byte[] Obfuscate(ReadOnlySpan<byte> font, string fontKey)
    {
        var key = KeyBytes(fontKey);
        var result = font.ToArray();
        for (var i = 0; i < 32 && i < result.Length; i++) result[i] ^= key[i % 16];
        return result;
    }

    private static byte[] KeyBytes(string fontKey)
    {
        var hex = fontKey.Replace("{", "").Replace("}", "").Replace("-", "");
        if (hex.Length != 32) throw new ArgumentException("A font key is a GUID.", nameof(fontKey));
        var key = new byte[16];
        for (var i = 0; i < 16; i++) key[i] = Convert.ToByte(hex.Substring(30 - 2 * i, 2), 16);
        return key;
    }
}
