using BriefGenerator.Document;
using BriefGenerator.Theming;
using DocumentFormat.OpenXml.Wordprocessing;
using ListItem = BriefGenerator.Document.ListItem;

namespace BriefGenerator.Rendering.Docx;

/// <summary>Collects the lists of a document and builds the numbering part. Every top-level list (with the lists
/// nested in its items) gets its own abstract definition and instance: its numbers start at its own
/// <see cref="NumberedList.Start"/>, never continue another list's, and nested levels restart under each parent item.</summary>
internal sealed class NumberingBuilder
{
    /// <summary>Levels Word supports; deeper nesting stays at the last one.</summary>
    public const int MaxLevel = 8;

    private static readonly string[] Bullets = { "•", "–", "◦" };
    private static readonly NumberFormatValues[] Formats = { NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman };

    private readonly Theme _theme;
    private readonly List<Block?[]> _lists = new();

    public NumberingBuilder(Theme theme) => _theme = theme;

    /// <summary>The body font, which the bullets are set in.</summary>
    public string BodyFont => _theme.Fonts.Body;

    /// <summary>The indent (points) each list level adds.</summary>
    public double ListIndent => _theme.Spacing.ListIndent;

    /// <summary>The registered lists' levels as text (per list, per level: <c>b</c> a bullet level, <c>nS</c> a numbered
    /// one starting at S, <c>-</c> a level no list of the tree reaches): with <see cref="BodyFont"/> and
    /// <see cref="ListIndent"/>, all that <see cref="Build"/> depends on (<see cref="NumberingPartCache"/>).</summary>
    public string Signature
    {
        get
        {
            var text = new System.Text.StringBuilder(_lists.Count * 2 * (MaxLevel + 2));
            foreach (var levels in _lists)
            {
                foreach (var level in levels)
                    text.Append(level switch { NumberedList n => "n" + n.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), BulletList => "b", _ => "-" }).Append(',');
                text.Append(';');
            }
            return text.ToString();
        }
    }

    /// <summary>True once a list has been registered.</summary>
    public bool HasLists => _lists.Count > 0;

    /// <summary>Registers a top-level list and returns the numbering instance id its paragraphs refer to.</summary>
    public int Register(Block list)
    {
        var levels = new Block?[MaxLevel + 1];
        Collect(list, 0, levels);
        _lists.Add(levels);
        return _lists.Count;
    }

    /// <summary>The <c>w:numbering</c> element: abstract definitions first, then the instances (schema order).</summary>
    public Numbering Build()
    {
        var numbering = new Numbering();
        for (var i = 0; i < _lists.Count; i++) numbering.Append(Abstract(i, _lists[i]));
        for (var i = 0; i < _lists.Count; i++)
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 });
        return numbering;
    }

    private static void Collect(Block list, int depth, Block?[] levels)
    {
        if (depth > MaxLevel) return;
        levels[depth] ??= list;
        var items = list switch { BulletList b => b.Items, NumberedList n => n.Items, _ => Array.Empty<ListItem>() };
        foreach (var item in items)
            foreach (var block in item.Blocks)
                if (block is BulletList or NumberedList) Collect(block, depth + 1, levels);
    }

    private AbstractNum Abstract(int index, Block?[] levels)
    {
        var abs = new AbstractNum { AbstractNumberId = index };
        // A stable nsid per definition keeps LibreOffice and Word from merging two lists into one.
        abs.Append(new Nsid { Val = (0x4B1E0000 + index).ToString("X8") });
        abs.Append(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel });
        var numbered = levels[0] is NumberedList;
        for (var level = 0; level <= MaxLevel; level++)
        {
            var kind = levels[level];
            numbered = kind switch { NumberedList => true, BulletList => false, _ => numbered };
            abs.Append(numbered ? NumberLevel(level, (kind as NumberedList)?.Start ?? 1) : BulletLevel(level));
        }
        return abs;
    }

    private Level BulletLevel(int level) => Make(level, 1, NumberFormatValues.Bullet, Bullets[level % Bullets.Length], _theme.Fonts.Body);

    private Level NumberLevel(int level, int start) =>
        Make(level, Math.Max(0, start), Formats[level % Formats.Length], $"%{level + 1}.", null);

    private Level Make(int level, int start, NumberFormatValues format, string text, string? font)
    {
        var indent = _theme.Spacing.ListIndent;
        var lvl = new Level { LevelIndex = level };
        lvl.Append(new StartNumberingValue { Val = start });
        lvl.Append(new NumberingFormat { Val = format });
        lvl.Append(new LevelText { Val = text });
        lvl.Append(new LevelJustification { Val = LevelJustificationValues.Left });
        lvl.Append(new PreviousParagraphProperties(new Indentation
        {
            Left = Units.TwipsText(indent * (level + 1)),
            Hanging = Units.TwipsText(indent),
        }));
        if (font is not null)
            lvl.Append(new NumberingSymbolRunProperties(StyleFactory.Fonts(font)));
        return lvl;
    }
}
