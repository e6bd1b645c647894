using System.Text;
using BriefGenerator.Document;
using BriefGenerator.Theming;

namespace BriefGenerator.Rendering.Docx;

/// <summary>The 128-code-point blocks (<c>codePoint &gt;&gt; 7</c>) that a document's text uses, everywhere the
/// writer puts text: blocks, metadata, running header and footer. <see cref="FontSubsetter"/> keeps their glyphs;
/// <see cref="GlyphSubsetter"/> keeps only the code points themselves.</summary>
internal static class CodePointBlocks
{
    /// <summary>The blocks used by the document under the theme.</summary>
    public static SortedSet<int> Of(BriefDocument document, Theme theme) => new(CodePoints(document, theme).Select(c => c >> 7));

    /// <summary>The code points the document's text uses under the theme.</summary>
    public static HashSet<int> CodePoints(BriefDocument document, Theme theme)
    {
        // A bit per code point of the Basic Multilingual Plane (8 KB) instead of a set lookup per character; the
        // rest (astral code points) go to the set directly. Text is read as EnumerateRunes reads it: a lone
        // surrogate counts as U+FFFD.
        var plane = new ulong[1024];
        var blocks = new HashSet<int>();
        void Add(string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            for (var i = 0; i < text.Length;)
            {
                var c = text[i];
                if (!char.IsSurrogate(c))
                {
                    plane[c >> 6] |= 1UL << (c & 63);
                    i++;
                    continue;
                }
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
                if (rune.IsBmp) plane[rune.Value >> 6] |= 1UL << (rune.Value & 63);
                else blocks.Add(rune.Value);
                i += used;
            }
        }
        void Inlines(IEnumerable<Inline> inlines) => Add(InlineWriter.Plain(inlines));
        void Blocks(IEnumerable<Block> items)
        {
            foreach (var block in items)
                switch (block)
                {
                    case Heading h: Inlines(h.Content); break;
                    case Paragraph p: Inlines(p.Content); break;
                    case BulletList b: foreach (var i in b.Items) Blocks(i.Blocks); break;
                    case NumberedList n: foreach (var i in n.Items) Blocks(i.Blocks); break;
                    case Callout c: Add(c.Title); Blocks(c.Blocks); break;
                    case Quote q: Blocks(q.Blocks); break;
                    case DefinitionList d: foreach (var i in d.Items) { foreach (var t in i.Terms) Inlines(t); Blocks(i.Definition); } break;
                    case Cover c: Blocks(c.Blocks); break;
                    case SourceList s: foreach (var e in s.Entries) Inlines(SourceEntryText.Inlines(e)); break;
                    case Figure f: Add(FigureLabel.Of(f.Number)); Inlines(f.Caption); break;
                    case Table t:
                        Inlines(t.Caption);
                        foreach (var row in t.Head) foreach (var cell in row.Cells) Inlines(cell.Content);
                        foreach (var row in t.Rows) foreach (var cell in row.Cells) Inlines(cell.Content);
                        break;
                }
        }
        Blocks(document.Blocks);
        foreach (var note in document.Notes) Blocks(note.Blocks);
        var info = document.Info;
        Add(info.Title);
        Add(info.ShortTitle);
        Add(info.Subtitle);
        Add(info.Organization);
        foreach (var author in info.Authors) Add(author);
        Add(theme.Header);
        Add(theme.Footer);
        for (var word = 0; word < plane.Length; word++)
            for (var bits = plane[word]; bits != 0; bits &= bits - 1)
                blocks.Add(word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits));
        return blocks;
    }

    /// <summary>A short stable key for a set of blocks (cache key of subset fonts).</summary>
    public static string Key(IEnumerable<int> blocks)
    {
        var sb = new StringBuilder();
        foreach (var b in blocks) sb.Append(b).Append(',');
        return sb.ToString();
    }
}
