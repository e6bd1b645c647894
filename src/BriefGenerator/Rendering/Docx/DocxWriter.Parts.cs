using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefGenerator.Rendering.Docx;

internal sealed partial class DocxWriter
{
    // Fixed relationship ids: the SDK would otherwise generate them, and the bytes must not change between runs.
    private const string StylesId = "rIdStyles";
    private const string NumberingId = "rIdNumbering";
    private const string SettingsId = "rIdSettings";

    private void WriteStyles()
    {
        var part = _package.Add(_main, DocxPartType.Styles, StylesId);
        Styles Build() => new StyleSheetBuilder(Styles,
            family => BriefGenerator.Fonts.TextMeasurer.LineHeight(Context.Fonts.Find(family, Theming.FontStyle.Regular))).Build(Theme, Language);
        if (!string.IsNullOrWhiteSpace(Theme.ReferenceDocx))
        {
            part.Root = ReferenceStyles.Apply(Build(), Context, Language);
            return;
        }
        // The same for every brief of a theme: made (saved and deflated) once per process.
        part.Entry = StylesPartCache.Get(Theme, Language, Context.Fonts, Build);
    }

    private void WriteNumbering()
    {
        if (!Numbering.HasLists) return;
        // The same for every brief with the same lists under the theme: made once per process.
        _package.Add(_main, DocxPartType.Numbering, NumberingId).Entry = NumberingPartCache.Get(Numbering);
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
        _package.Add(_main, DocxPartType.Settings, SettingsId).Root = settings;
    }
}
