namespace BriefGenerator.Caching;

/// <summary>A thread-safe map that forgets its least recently used entries once it holds more than
/// <see cref="MaxEntries"/> entries or more than <see cref="MaxWeight"/> in all (each entry weighs what the
/// <c>weigh</c> function says, bytes say). The process-wide caches of a long <c>brief watch</c> session use it, so
/// their memory stays bounded however long the session runs.</summary>
public sealed class LruCache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value, long Weight)>> _map;
    private readonly LinkedList<(TKey Key, TValue Value, long Weight)> _order = new(); // most recent first
    private readonly Func<TValue, long> _weigh;
    private readonly Lock _gate = new();
    private long _weight;

    /// <param name="maxEntries">Most entries kept.</param>
    /// <param name="maxWeight">Most total weight kept (an entry heavier than this is not kept at all).</param>
    /// <param name="weigh">An entry's weight; null for 1 each.</param>
    /// <param name="comparer">Key equality; null for the default.</param>
    public LruCache(int maxEntries, long maxWeight = long.MaxValue, Func<TValue, long>? weigh = null, IEqualityComparer<TKey>? comparer = null)
    {
        MaxEntries = maxEntries;
        MaxWeight = maxWeight;
        _weigh = weigh ?? (_ => 1);
        _map = new Dictionary<TKey, LinkedListNode<(TKey, TValue, long)>>(comparer);
    }

    /// <summary>Most entries kept.</summary>
    public int MaxEntries { get; private set; }

    /// <summary>Most total weight kept.</summary>
    public long MaxWeight { get; private set; }

    /// <summary>Sets new bounds and forgets the least recently used entries until they hold (bounds of zero: nothing is
    /// kept from here on).</summary>
    public void Limit(int maxEntries, long maxWeight)
    {
        lock (_gate)
        {
            (MaxEntries, MaxWeight) = (maxEntries, maxWeight);
            while (_map.Count > 0 && (_map.Count > MaxEntries || _weight > MaxWeight))
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _weight -= last.Value.Weight;
            }
        }
    }

    /// <summary>Entries held now.</summary>
    public int Count { get { lock (_gate) return _map.Count; } }

    /// <summary>Total weight held now.</summary>
    public long Weight { get { lock (_gate) return _weight; } }

    /// <summary>The value stored for <paramref name="key"/>, which becomes the most recently used.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> (replacing any), then forgets the least
    /// recently used entries until both bounds hold.</summary>
    public void Set(TKey key, TValue value)
    {
        var weight = _weigh(value);
        lock (_gate)
        {
            if (_map.Remove(key, out var old))
            {
                _order.Remove(old);
                _weight -= old.Value.Weight;
            }
            if (weight > MaxWeight || MaxEntries <= 0) return;
            _map[key] = _order.AddFirst((key, value, weight));
            _weight += weight;
            while (_map.Count > MaxEntries || _weight > MaxWeight)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
                _weight -= last.Value.Weight;
            }
        }
    }

    /// <summary>The cached value, or <paramref name="make"/>'s (stored) when there is none. <paramref name="make"/>
    /// runs outside the lock: two threads may both make a value for one key, and the last one is kept.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (TryGet(key, out var value)) return value;
        value = make(key);
        Set(key, value);
        return value;
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
            _weight = 0;
        }
    }
}
