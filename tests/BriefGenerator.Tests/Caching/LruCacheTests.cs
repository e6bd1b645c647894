using BriefGenerator.Caching;

namespace BriefGenerator.Tests.Caching;

/// <summary>The bounded cache behind the process-wide caches: it never holds more than its bounds, forgets the least
/// recently used entry first, and replaces a key's value.</summary>
public class LruCacheTests
{
    [Fact]
    public void The_least_recently_used_entry_goes_first_when_the_count_is_over()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _)); // a is now more recent than b
        cache.Set("c", 3);
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.True(cache.TryGet("c", out var c));
        Assert.Equal(3, c);
    }

    [Fact]
    public void The_total_weight_stays_within_its_bound_and_an_entry_too_heavy_is_not_kept()
    {
        var cache = new LruCache<int, byte[]>(100, maxWeight: 10, weigh: b => b.Length);
        for (int i = 0; i < 5; i++) cache.Set(i, new byte[4]);
        Assert.Equal(2, cache.Count);
        Assert.Equal(8, cache.Weight);
        Assert.True(cache.TryGet(4, out _));
        Assert.True(cache.TryGet(3, out _));
        cache.Set(9, new byte[11]);
        Assert.False(cache.TryGet(9, out _));
        Assert.Equal(8, cache.Weight);
    }

    [Fact]
    public void New_bounds_forget_the_least_recently_used_and_zero_keeps_nothing()
    {
        var cache = new LruCache<string, int>(10);
        foreach (var key in new[] { "a", "b", "c" }) cache.Set(key, key.Length);
        Assert.True(cache.TryGet("a", out _)); // "b" is now the least recently used

        cache.Limit(2, long.MaxValue);
        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out _) && cache.TryGet("c", out _));

        cache.Limit(0, 0);
        Assert.Equal(0, cache.Count);
        Assert.Equal(7, cache.GetOrAdd("d", _ => 7)); // still answers, keeps nothing
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Weight);
    }

    [Fact]
    public void Setting_a_key_again_replaces_its_value_and_weight()
    {
        var cache = new LruCache<string, byte[]>(10, maxWeight: 100, weigh: b => b.Length);
        cache.Set("k", new byte[30]);
        cache.Set("k", new byte[5]);
        Assert.Equal(1, cache.Count);
        Assert.Equal(5, cache.Weight);
        Assert.Equal(5, cache.GetOrAdd("k", _ => new byte[50]).Length);
        Assert.Equal(7, cache.GetOrAdd("new", _ => new byte[7]).Length);
        cache.Clear();
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Weight);
    }
}
