namespace Stance.Evaluation;

/// <summary>Matches a gold sentence to the predicted sentence that shares the most characters with it:
/// the segmenter's sentences need not coincide with the annotators'.</summary>
internal static class SpanAlignment
{
    /// <summary>The index of the span that overlaps [<paramref name="start"/>, <paramref name="start"/> +
    /// <paramref name="length"/>) the most (the first of equals), or -1 when none overlaps it.</summary>
    /// <param name="count">How many predicted spans there are.</param>
    /// <param name="spanAt">The start and length of the predicted span at an index.</param>
    /// <param name="start">The gold sentence's start.</param>
    /// <param name="length">The gold sentence's length.</param>
    public static int BestOverlap(int count, Func<int, (int Start, int Length)> spanAt, int start, int length)
    {
        int best = -1, bestOverlap = 0;
        for (int i = 0; i < count; i++)
        {
            var (s, l) = spanAt(i);
            int overlap = Math.Min(s + l, start + length) - Math.Max(s, start);
            if (overlap > bestOverlap)
                (best, bestOverlap) = (i, overlap);
        }

        return best;
    }
}
