namespace BriefGenerator.Diff;

/// <summary>Turns strings into small integers so sequences compare by number: equal strings get equal symbols.</summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The symbol of <paramref name="text"/>.</summary>
    public int Of(string text)
    {
        if (!_ids.TryGetValue(text, out var id)) _ids[text] = id = _ids.Count;
        return id;
    }

    /// <summary>The symbols of every string in <paramref name="texts"/>.</summary>
    public int[] Of(IEnumerable<string> texts) => texts.Select(Of).ToArray();
}
