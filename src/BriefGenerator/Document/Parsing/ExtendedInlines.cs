using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace BriefGenerator.Document.Parsing;

/// <summary>The inlines of the pipeline's extensions: <c>^x^</c> and <c>~x~</c> become <see cref="Superscript"/> and
/// <see cref="Subscript"/> (as in Pandoc, text with spaces between the marks is not one, and <c>~~x~~</c> is not a
/// subscript: both stay literal), math stays literal with its dollar signs, and a task list item's box becomes a
/// box character.</summary>
internal static class ExtendedInlines
{
    /// <summary>Box of an open task (□) and of a done one (▣): the bundled fonts have both.</summary>
    public const string OpenTask = "\u25A1", DoneTask = "\u25A3";

    /// <summary>A superscript or subscript, its literal text, or null when <paramref name="em"/> is ordinary emphasis.</summary>
    public static IEnumerable<Inline>? Script(EmphasisInline em, Func<ContainerInline, IReadOnlyList<Inline>> convert)
    {
        if (em.DelimiterChar is not ('^' or '~')) return null;
        var marks = new string(em.DelimiterChar, em.DelimiterCount);
        if (em.DelimiterChar == '~' && em.FirstChild is EmphasisInline { DelimiterChar: '~' } inner && ReferenceEquals(em.FirstChild, em.LastChild))
            return Literal(marks + new string('~', inner.DelimiterCount), convert(inner));
        var children = convert(em);
        if (em.DelimiterCount > 1 || HasSpace(children)) return Literal(marks, children);
        return new Inline[] { em.DelimiterChar == '^' ? new Superscript(children) : new Subscript(children) };
    }

    /// <summary>Math as typed, dollar signs included.</summary>
    public static Inline Math(MathInline math)
    {
        var marks = new string(math.Delimiter, math.DelimiterCount);
        return new Code(marks + math.Content.ToString() + marks);
    }

    /// <summary>The box of a task list item.</summary>
    public static Inline Task(TaskList task) => new Text(task.Checked ? DoneTask : OpenTask);

    private static Inline[] Literal(string marks, IReadOnlyList<Inline> children) =>
        children.Prepend(new Text(marks)).Append(new Text(marks)).ToArray();

    private static bool HasSpace(IEnumerable<Inline> inlines) => inlines.Any(i => i switch
    {
        Text t => t.Value.Any(char.IsWhiteSpace),
        LineBreak => true,
        Strong s => HasSpace(s.Children),
        Emphasis e => HasSpace(e.Children),
        _ => false,
    });
}
