using System.Text;

namespace BriefGenerator.Rendering.Pdf;

/// <summary>What the finishing step needs to know before it rewrites a PDFsharp file: which streams are page content
/// and what each embedded font is to be called (from its descriptor and its font program).</summary>
internal sealed class PdfFileSurvey
{
    private readonly EmbeddedFontNames _fonts = new();

    /// <summary>Object numbers of the pages' content streams.</summary>
    public HashSet<int> ContentStreams { get; } = new();

    /// <summary>Stream objects already read while surveying (the font programs), by object number.</summary>
    public Dictionary<int, PdfStreamObject> Streams { get; } = new();

    /// <summary>Surveys the objects (number and offset, in file order; the last ends at <paramref name="end"/>).</summary>
    public static PdfFileSurvey Of(ReadOnlySpan<byte> pdf, List<(int Number, int Offset)> objects, int end, IReadOnlyDictionary<string, string> postScriptNames)
    {
        var survey = new PdfFileSurvey();
        var spans = new Dictionary<int, (int Start, int End)>(objects.Count);
        for (int k = 0; k < objects.Count; k++)
            spans[objects[k].Number] = (objects[k].Offset, k + 1 < objects.Count ? objects[k + 1].Offset : end);
        foreach (var (number, (start, stop)) in spans)
        {
            var obj = pdf[start..stop];
            if (Reference(obj, "/Contents "u8) is { } contents && obj.IndexOf("/Type/Page/"u8) >= 0) survey.ContentStreams.Add(contents);
            if (obj.IndexOf("/Type/FontDescriptor"u8) < 0 || Name(obj, "/FontName/"u8) is not { } fontName
                || Reference(obj, "/FontFile2 "u8) is not { } file || !spans.TryGetValue(file, out var at)) continue;
            if (!survey.Streams.TryGetValue(file, out var program) && PdfStreamObject.TryRead(pdf[at.Start..at.End]) is { } read)
                survey.Streams[file] = program = read;
            if (program is not null) survey._fonts.Add(fontName, program.Data, postScriptNames);
        }
        return survey;
    }

    /// <summary>Writes <paramref name="obj"/> with every font name of <see cref="EmbeddedFontNames"/> replaced; false
    /// (nothing written) when it names none.</summary>
    public bool TryRename(MemoryStream output, ReadOnlySpan<byte> obj)
    {
        if (_fonts.Renames.Count == 0 || (obj.IndexOf("/BaseFont/"u8) < 0 && obj.IndexOf("/FontName/"u8) < 0)) return false;
        var text = Encoding.Latin1.GetString(obj);
        var renamed = text;
        foreach (var (from, to) in _fonts.Renames)
            foreach (var key in new[] { "/BaseFont/", "/FontName/" })
            {
                var token = key + from;
                for (int i = renamed.IndexOf(token, StringComparison.Ordinal); i >= 0; i = renamed.IndexOf(token, i + 1, StringComparison.Ordinal))
                {
                    int after = i + token.Length;
                    if (after < renamed.Length && !IsDelimiter(renamed[after])) continue;
                    renamed = string.Concat(renamed.AsSpan(0, i), key, to, renamed.AsSpan(after));
                }
            }
        if (ReferenceEquals(renamed, text)) return false;
        output.Write(Encoding.Latin1.GetBytes(renamed));
        return true;
    }

    private static bool IsDelimiter(char c) => c is '/' or '>' or '<' or '[' or ']' or '(' or ')' or ' ' or '\n' or '\r' or '\t';

    // "key N 0 R" → N.
    private static int? Reference(ReadOnlySpan<byte> obj, ReadOnlySpan<byte> key)
    {
        int found = obj.IndexOf(key);
        if (found < 0) return null;
        int at = found + key.Length;
        return PdfBytes.TryReadNumber(obj, ref at, out var number) && PdfBytes.TryRead(obj, ref at, " 0 R"u8) ? number : null;
    }

    // "key" then a name token, written as it is (with its #xx escapes).
    private static string? Name(ReadOnlySpan<byte> obj, ReadOnlySpan<byte> key)
    {
        int found = obj.IndexOf(key);
        if (found < 0) return null;
        int start = found + key.Length, at = start;
        while (at < obj.Length && !IsDelimiter((char)obj[at])) at++;
        return at > start ? Encoding.Latin1.GetString(obj[start..at]) : null;
    }
}
