using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    // Fixed relationship ids: the SDK would otherwise generate them, and the bytes must not change between runs.
    private const string StylesId = "rIdStyles";
    private const string NumberingId = "rIdNumbering";
    private const string SettingsId = "rIdSettings";

    // An empty part in the package, for a part whose bytes go into the final zip by themselves (PartData, or the
    // document part DocxRenderer splices): so they are deflated once, not by the package and then again.
    private static void EmptyInPackage(DocumentFormat.OpenXml.Packaging.OpenXmlPart part)
    {
        using var empty = new MemoryStream();
        part.FeedData(empty);
    }

    private void WriteStyles()
    {
        var part = _main.AddNewPart<StyleDefinitionsPart>(StylesId);
        Styles Build() => new StyleSheetBuilder(Styles,
            family => BriefGenerator.Fonts.TextMeasurer.LineHeight(Context.Fonts.Find(family, Theming.FontStyle.Regular))).Build(Theme, Language);
        if (!string.IsNullOrWhiteSpace(Theme.ReferenceDocx))
        {
            part.Styles = ReferenceStyles.Apply(Build(), Context, Language);
            return;
        }
        // The same for every brief of a theme: made once per process, and the package gets an empty placeholder.
        EmptyInPackage(part);
        PartData[part.Uri.OriginalString.TrimStart('/')] = StylesPartCache.Get(Theme, Language, Context.Fonts, Build);
    }

    private void WriteNumbering()
    {
        if (!Numbering.HasLists) return;
        var part = _main.AddNewPart<NumberingDefinitionsPart>(NumberingId);
        part.Numbering = Numbering.Build();
    }

    private void WriteSettings()
    {
        var settings = new Settings();
        if (Theme.EmbedFonts != FontEmbedding.None) settings.Append(new EmbedTrueTypeFonts());
        // Word keeps subsetting when it saves the file again only if asked to.
        if (Theme.EmbedFonts is FontEmbedding.Subset or FontEmbedding.Used) settings.Append(new SaveSubsetFonts());
        settings.Append(new DefaultTabStop { Val = 720 });
        if (StyleSheetBuilder.Hyphenates(Theme, Language))
        {
            // As the PDF: hyphenate by the document language, at most two hyphenated lines in a row, no acronyms.
            settings.Append(new AutoHyphenation());
            settings.Append(new ConsecutiveHyphenLimit { Val = 2 });
            settings.Append(new DoNotHyphenateCaps());
        }
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        // With a table of contents, Word offers to refresh its page numbers when the file is opened.
        if (Theme.Toc) settings.Append(new UpdateFieldsOnOpen { Val = true });
        if (NoteSettings() is { } notes) settings.Append(notes);
        settings.Append(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        settings.Append(new ThemeFontLanguages { Val = Language });
        var part = _main.AddNewPart<DocumentSettingsPart>(SettingsId);
        part.Settings = settings;
    }
}
