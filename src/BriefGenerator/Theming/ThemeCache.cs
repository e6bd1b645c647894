namespace BriefGenerator.Theming;

/// <summary>The last theme each thread read, kept with the bytes it was read from: in a build of many briefs every
/// brief loads its template's <c>theme.yaml</c>, and parsing the same bytes again for each was most of that load. The
/// file is still read for every brief (so its confinement is checked and an edit is seen) and its bytes compared
/// whole with the kept ones. Only a theme that depends on nothing but those bytes is kept: one that said nothing
/// (no warning to report again) and names no logo or reference document (other files, checked on every load).
/// Themes are records, never changed once read, so one may serve many briefs.</summary>
internal static class ThemeCache
{
    [ThreadStatic] private static (string Path, string DisplayPath, byte[] Bytes, Theme Theme)? _last;

    /// <summary>The theme kept for these bytes of <paramref name="path"/>, or null.</summary>
    public static Theme? Find(string path, string displayPath, ReadOnlySpan<byte> bytes) =>
        _last is { } last && string.Equals(last.Path, path, StringComparison.Ordinal)
            && string.Equals(last.DisplayPath, displayPath, StringComparison.Ordinal) && bytes.SequenceEqual(last.Bytes)
            ? last.Theme
            : null;

    /// <summary>Keeps <paramref name="theme"/>, read from <paramref name="bytes"/>, for the next load on this thread.</summary>
    public static void Keep(string path, string displayPath, byte[] bytes, Theme theme) => _last = (path, displayPath, bytes, theme);
}
