using System.Runtime.InteropServices;

namespace Stance.Classification;

/// <summary>
/// An open-addressing hash table from a 64-bit n-gram key to its feature slot and the linear
/// model's three weights for it, stored side by side so that one probe usually costs one cache line.
/// </summary>
/// <remarks>Built once per model, then read-only and safe to share. Key 0 marks an empty place, so
/// no n-gram may have key 0 (character keys never do: no n-gram holds U+0000; word keys are hashes
/// that are remapped away from 0). A key given to two slots is kept with slot −1, which tells the
/// caller that only ML.NET can tell them apart.</remarks>
internal sealed class SlotTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="items">The keys and their slots.</param>
    /// <param name="weights">The linear model's weights, three per slot (<c>[slot * 3 + class]</c>).</param>
    public SlotTable(IReadOnlyCollection<(ulong Key, int Slot)> items, float[] weights)
    {
        int bits = 4;
        while ((1 << bits) < items.Count * 2)
            bits++;
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        foreach (var (key, slot) in items)
            Add(key, slot, weights);
    }

    /// <summary>The number of places (a power of two).</summary>
    public int Capacity => _entries.Length;

    /// <summary>Finds a key.</summary>
    /// <param name="key">The n-gram's key (not 0).</param>
    /// <returns>The entry, or a reference to an entry with <see cref="Entry.Key"/> 0 when absent.</returns>
    public ref readonly Entry Find(ulong key)
    {
        var entries = _entries;
        int i = Place(key);
        while (true)
        {
            ref readonly Entry e = ref entries[i];
            if (e.Key == key || e.Key == 0)
                return ref e;
            i = (i + 1) & _mask;
        }
    }

    private void Add(ulong key, int slot, float[] weights)
    {
        if (key == 0)
            throw new ArgumentOutOfRangeException(nameof(key), "Key 0 marks an empty place.");
        int i = Place(key);
        while (_entries[i].Key != 0 && _entries[i].Key != key)
            i = (i + 1) & _mask;
        if (_entries[i].Key == key)
        {
            _entries[i] = _entries[i] with { Slot = -1 };
            return;
        }

        int w = slot * 3;
        _entries[i] = new Entry(key, slot, weights[w], weights[w + 1], weights[w + 2]);
    }

    // Fibonacci hashing: the key's bits spread over the index, whatever their pattern.
    private int Place(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>One place: the key, its slot and the weights of the three classes for it.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public readonly record struct Entry(ulong Key, int Slot, float W0, float W1, float W2);
}
