using Markdig.Extensions.Footnotes;

namespace BriefGenerator.Document.Parsing;

/// <summary>Numbers notes in the order the text first refers to them (1, 2, …) and counts repeated references.</summary>
internal sealed class NoteNumbering
{
    private readonly Dictionary<Footnote, int> _numbers = new();
    private readonly Dictionary<Footnote, int> _occurrences = new();

    /// <summary>The notes referred to so far, in number order.</summary>
    public List<Footnote> Order { get; } = new();

    /// <summary>The marker for one reference to <paramref name="note"/>.</summary>
    public NoteReference Reference(Footnote note)
    {
        if (!_numbers.TryGetValue(note, out var number))
        {
            Order.Add(note);
            _numbers[note] = number = Order.Count;
        }
        _occurrences[note] = _occurrences.GetValueOrDefault(note) + 1;
        return new NoteReference(number, _occurrences[note]);
    }
}
