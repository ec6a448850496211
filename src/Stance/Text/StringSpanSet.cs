namespace Stance.Text;

/// <summary>A read-only set of strings that can be queried with a span without allocating.</summary>
internal sealed class StringSpanSet
{
    private readonly HashSet<string> _set;
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    public StringSpanSet(IEnumerable<string> items)
    {
        _set = new HashSet<string>(items, StringComparer.Ordinal);
        MaxLength = _set.Count == 0 ? 0 : _set.Max(s => s.Length);
#if NET9_0_OR_GREATER
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public int Count => _set.Count;

    public int MaxLength { get; }

    public bool Contains(ReadOnlySpan<char> item)
    {
        if (item.Length > MaxLength)
            return false;
#if NET9_0_OR_GREATER
        return _lookup.Contains(item);
#else
        return _set.Contains(item.ToString());
#endif
    }
}
