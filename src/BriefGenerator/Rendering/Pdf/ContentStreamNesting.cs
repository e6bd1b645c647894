namespace BriefGenerator.Rendering.Pdf;

/// <summary>Puts a page's first marked-content sequence outside its text object. PDFsharp 6.2.4 opens a text object
/// right before the first <c>BDC</c> of every page (<c>BT /P &lt;&lt;/MCID 0&gt;&gt;BDC</c>), which ISO 32000-1 §14.6
/// forbids when the sequence outlives the text object; the canvas ends text objects at every other tag boundary. Swapping
/// the two is exact (nothing is drawn between them), and the empty text objects left behind (<c>BT ET</c>) are dropped.</summary>
internal static class ContentStreamNesting
{
    /// <summary>The content stream with <c>BT</c> moved after a <c>BDC</c> that directly follows it, and empty text objects removed.</summary>
    public static byte[] Tidy(ReadOnlySpan<byte> content)
    {
        var output = new byte[content.Length];
        int written = 0;
        for (int at = 0; at < content.Length;)
        {
            bool lineStart = at == 0 || content[at - 1] == '\n';
            if (lineStart && content[at..].StartsWith("BT\nET\n"u8)) { at += 6; continue; }
            if (lineStart && content[at..].StartsWith("BT\n/"u8) && MarkedContentLine(content[(at + 3)..]) is var line and > 0)
            {
                content.Slice(at + 3, line).CopyTo(output.AsSpan(written));
                written += line;
                at += 3 + line;
                // The text object now opens after the BDC (and is dropped if it is empty).
                if (content[at..].StartsWith("ET\n"u8)) at += 3;
                else { "BT\n"u8.CopyTo(output.AsSpan(written)); written += 3; }
                continue;
            }
            int end = content[at..].IndexOf((byte)'\n');
            int next = end < 0 ? content.Length : at + end + 1;
            content[at..next].CopyTo(output.AsSpan(written));
            written += next - at;
            at = next;
        }
        return output.AsSpan(0, written).ToArray();
    }

    // "/Tag<</MCID n>>BDC\n" at the start of text: its length, or 0.
    private static int MarkedContentLine(ReadOnlySpan<byte> text)
    {
        int end = text.IndexOf((byte)'\n');
        if (end < 0) return 0;
        var line = text[..end];
        return line.EndsWith(">>BDC"u8) && line.IndexOf("<</MCID "u8) > 0 ? end + 1 : 0;
    }
}
