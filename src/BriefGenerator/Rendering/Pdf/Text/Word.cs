namespace BriefGenerator.Rendering.Pdf.Text;

/// <summary>An unbreakable run of fragments, with the space that follows it (if any) and whether a hard break ends it.
/// A line may break after every word; a word that is a syllable of a longer word carries the <see cref="Hyphen"/> a
/// line ending after it prints. Most words are one fragment, held in a field of their own: a list is made only for
/// the second (a paragraph sets a word object per word, and a list of one for each was a third of what it allocated).</summary>
internal sealed class Word
{
    private Fragment? _first;
    private List<Fragment>? _rest; // the fragments after the first, once there are any

    public Fragment? Space { get; set; }
    public bool HardBreak { get; set; }

    /// <summary>The hyphen a line ending after this syllable ends with (a discretionary break); null between words.</summary>
    public Fragment? Hyphen { get; set; }

    /// <summary>How many fragments the word holds.</summary>
    public int Count => _first is null ? 0 : 1 + (_rest?.Count ?? 0);

    /// <summary>The word's <paramref name="index"/>th fragment.</summary>
    public Fragment this[int index]
    {
        get => index == 0 ? _first ?? throw new ArgumentOutOfRangeException(nameof(index)) : _rest![index - 1];
        set
        {
            if (index == 0 && _first is not null) _first = value;
            else _rest![index - 1] = value;
        }
    }

    /// <summary>The last fragment (the word must not be empty).</summary>
    public Fragment Last => _rest is { Count: > 0 } rest ? rest[^1] : _first!;

    /// <summary>Adds a fragment at the end.</summary>
    public void Add(Fragment fragment)
    {
        if (_first is null) _first = fragment;
        else (_rest ??= new List<Fragment>(2)).Add(fragment);
    }

    public double Width
    {
        get
        {
            // Summed in order, as Enumerable.Sum did, without an enumerator per call.
            if (_first is null) return 0;
            double sum = 0;
            sum += _first.Width;
            if (_rest is { } rest)
                for (var i = 0; i < rest.Count; i++) sum += rest[i].Width;
            return sum;
        }
    }
    public double SpaceWidth => Space?.Width ?? 0;
    public double HyphenWidth => Hyphen?.Width ?? 0;
    public bool IsEmpty => _first is null;
}
