using System.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Keeps text that XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) out of the
/// package, so the file stays valid whatever the brief contains.</summary>
internal static class XmlText
{
    /// <summary>The text without characters XML cannot hold; <paramref name="removed"/> counts what was dropped.</summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (IsAllowed(c)) sb.Append(c);
            else removed++;
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowed(c)) return false;
        }
        return true;
    }

    // Tabs and newlines are legal XML but the writers never expect them inside a run's text; they become spaces upstream.
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
