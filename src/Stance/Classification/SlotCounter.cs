using Microsoft.ML.Data;

namespace Stance.Classification;

/// <summary>
/// Counts the slots a sentence's features reach, block by block, as ML.NET's term counts and
/// <c>NormalizeLpNorm</c> would: the sum of squared counts of each block gives its L2 norm, and the
/// distinct slots with their scaled counts make the sparse feature vector.
/// </summary>
/// <remarks>One instance per thread (<see cref="Rent"/>), reused for every sentence, so that scoring
/// allocates nothing. Blocks must use disjoint slots (each block has its own range of the vector).</remarks>
internal sealed class SlotCounter
{
    [ThreadStatic]
    private static SlotCounter? t_instance;

    private int[] _keys = new int[1024];       // slot + 1; 0 = empty
    private int[] _counts = new int[1024];
    private int[] _places = new int[512];      // table index of each distinct slot, in first-seen order
    private float[] _values = new float[512];  // the distinct slots' scaled counts, set when their block closes
    private int _mask = 1023;
    private int _distinct;
    private int _blockStart;
    private double _squares;

    /// <summary>The calling thread's counter, emptied and large enough for <paramref name="occurrences"/> slots.</summary>
    public static SlotCounter Rent(int occurrences)
    {
        var counter = t_instance ??= new SlotCounter();
        counter.Prepare(occurrences);
        return counter;
    }

    /// <summary>Counts one occurrence of a slot.</summary>
    public void Add(int slot)
    {
        int i = (int)((uint)(slot * -1640531535) >> 8) & _mask;
        while (_keys[i] != 0 && _keys[i] != slot + 1)
            i = (i + 1) & _mask;
        if (_keys[i] == 0)
        {
            _keys[i] = slot + 1;
            _places[_distinct++] = i;
        }

        int c = _counts[i]++;
        _squares += 2 * c + 1; // (c + 1)² − c²
    }

    /// <summary>Ends a block: adds its weight sums to the scores, scaled to the block's unit L2 norm
    /// when <paramref name="normalize"/> is set, and fixes its slots' values.</summary>
    public void Close(ReadOnlySpan<double> sums, bool normalize, Span<double> scores)
    {
        double scale = normalize && _squares > 0 ? 1 / Math.Sqrt(_squares) : 1;
        for (int k = 0; k < scores.Length; k++)
            scores[k] += sums[k] * scale;
        for (int d = _blockStart; d < _distinct; d++)
            _values[d] = (float)(_counts[_places[d]] * scale);
        _blockStart = _distinct;
        _squares = 0;
    }

    /// <summary>The closed blocks' slots and values as ML.NET's sparse feature vector.</summary>
    public VBuffer<float> ToVector(int length)
    {
        var indices = new int[_blockStart];
        var values = new float[_blockStart];
        for (int d = 0; d < _blockStart; d++)
        {
            indices[d] = _keys[_places[d]] - 1;
            values[d] = _values[d];
        }

        Array.Sort(indices, values);
        return new VBuffer<float>(length, indices.Length, values, indices);
    }

    private void Prepare(int occurrences)
    {
        for (int d = 0; d < _distinct; d++)
        {
            _keys[_places[d]] = 0;
            _counts[_places[d]] = 0;
        }

        _distinct = 0;
        _blockStart = 0;
        _squares = 0;
        if (occurrences * 2 > _keys.Length)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)occurrences * 2);
            _keys = new int[size];
            _counts = new int[size];
            _places = new int[size];
            _values = new float[size];
            _mask = size - 1;
        }

        if (_places.Length < occurrences)
        {
            _places = new int[_keys.Length];
            _values = new float[_keys.Length];
        }
    }
}
