namespace Stance.Text;

/// <summary>A read-only map from strings to integers that can be queried with a span without
/// allocating (on .NET 8 the span is copied into a string).</summary>
internal sealed class StringSpanMap
{
    private readonly Dictionary<string, int> _map;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    public StringSpanMap(Dictionary<string, int> map)
    {
        _map = map.Comparer == StringComparer.Ordinal ? map : new Dictionary<string, int>(map, StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public int Count => _map.Count;

    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(key, out value);
#else
        return _map.TryGetValue(key.ToString(), out value);
#endif
    }
}
