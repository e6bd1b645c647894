using System.Text;
using BriefGenerator.Caching;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Turns document ids (<c>tbl-areas</c>) into bookmark names Word accepts: letters, digits and underscores,
/// starting with a letter, at most 40 characters. The same id always gives the same name, so a
/// <c>CrossRef</c> anchor and its heading or table bookmark meet.</summary>
internal static class BookmarkNames
{
    private const int MaxLength = 40;

    /// <summary>The bookmark name for a document id.</summary>
    public static string For(string id)
    {
        var sb = new StringBuilder(id.Length + 1);
        foreach (var c in id) sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0])) sb.Insert(0, 'b');
        var name = sb.ToString();
        if (name.Length <= MaxLength && name == id) return name;
        // Replacing characters or truncating could make two ids collide; a short hash of the original keeps them apart.
        var hash = Convert.ToHexString(Sha256.HashData(Encoding.UTF8.GetBytes(id)), 0, 3).ToLowerInvariant();
        var stem = name.Length > MaxLength - 7 ? name[..(MaxLength - 7)] : name;
        return stem + "_" + hash;
    }
}
