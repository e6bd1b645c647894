using BriefGenerator.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = BriefGenerator.Document.Text;
using Emphasis = BriefGenerator.Document.Emphasis;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Writes inlines as runs: bold and italic as run properties, code and links through character styles,
/// external links through a hyperlink relationship, cross-references as internal hyperlinks to bookmarks.</summary>
internal static class InlineWriter
{
    /// <summary>Appends the runs for <paramref name="inlines"/> to a paragraph (or hyperlink).</summary>
    public static void Append(DocxWriter writer, OpenXmlCompositeElement parent, IEnumerable<Inline> inlines, RunFormat format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t:
                    // Right-to-left words are runs of their own marked w:rtl, so Word orders and shapes them.
                    foreach (var (piece, rtl) in DirectionRuns.Split(writer.Clean(t.Value)))
                        parent.Append(TextRun(piece, format, rtl));
                    break;
                case Strong s:
                    Append(writer, parent, s.Children, format with { Bold = true });
                    break;
                case Emphasis e:
                    Append(writer, parent, e.Children, format with { Italic = true });
                    break;
                case Code c:
                    parent.Append(TextRun(writer.Clean(c.Value), format with { CharacterStyle = StyleIds.Verbatim }));
                    break;
                case LineBreak:
                    parent.Append(new Run(new Break()));
                    break;
                case Link l:
                    AppendLink(writer, parent, l, format);
                    break;
                case CrossRef x:
                    AppendCrossRef(writer, parent, x, format);
                    break;
                case Superscript or Subscript:
                    Append(writer, parent, ScriptRuns.Children(inline), format with { Script = ScriptRuns.Position(inline) });
                    break;
                case NoteReference n: parent.Append(writer.NoteReferenceRun(n)); break;
                default:
                    throw new InvalidOperationException($"No DOCX writer for inline {inline.GetType().Name}.");
            }
        }
    }

    /// <summary>A run of text with the given formatting.</summary>
    public static Run TextRun(string text, RunFormat format, bool rightToLeft = false)
    {
        var run = new Run();
        var properties = Properties(format);
        if (rightToLeft) (properties ??= new RunProperties()).RightToLeftText = new RightToLeftText();
        if (properties is not null) run.Append(properties);
        run.Append(new WText(text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Run properties for a format, or null when the run is plain.</summary>
    public static RunProperties? Properties(RunFormat format)
    {
        if (format == RunFormat.Plain) return null;
        var rpr = new RunProperties();
        if (format.CharacterStyle is not null) rpr.RunStyle = new RunStyle { Val = format.CharacterStyle };
        if (format.Bold) { rpr.Bold = new Bold(); rpr.BoldComplexScript = new BoldComplexScript(); }
        if (format.Italic) { rpr.Italic = new Italic(); rpr.ItalicComplexScript = new ItalicComplexScript(); }
        if (format.Script is { } script) rpr.VerticalTextAlignment = new VerticalTextAlignment { Val = script };
        return rpr;
    }

    private static void AppendLink(DocxWriter writer, OpenXmlCompositeElement parent, Link link, RunFormat format)
    {
        var id = parent is Hyperlink ? null : writer.ExternalLink(link.Url);
        if (id is null)
        {
            // Nested in another link, or not a URL a package can hold: keep the words.
            Append(writer, parent, link.Children, format);
            return;
        }
        var hyperlink = new Hyperlink { Id = id, History = true };
        Append(writer, hyperlink, link.Children, format with { CharacterStyle = StyleIds.Hyperlink });
        parent.Append(hyperlink);
    }

    private static void AppendCrossRef(DocxWriter writer, OpenXmlCompositeElement parent, CrossRef reference, RunFormat format)
    {
        if (parent is Hyperlink)
        {
            Append(writer, parent, reference.Children, format);
            return;
        }
        var hyperlink = new Hyperlink { Anchor = BookmarkNames.For(reference.TargetId), History = true };
        Append(writer, hyperlink, reference.Children, format with { CharacterStyle = StyleIds.Hyperlink });
        parent.Append(hyperlink);
    }

    /// <summary>The inlines' text without formatting (table of contents entries, width estimates).</summary>
    public static string Plain(IEnumerable<Inline> inlines) => PlainText.Of(inlines);
}
