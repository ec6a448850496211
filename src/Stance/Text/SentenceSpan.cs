namespace Stance.Text;

/// <summary>A sentence as a range of the original text.</summary>
/// <param name="Start">The UTF-16 offset of the sentence's first character.</param>
/// <param name="Length">The number of UTF-16 code units in the sentence.</param>
public readonly record struct SentenceSpan(int Start, int Length)
{
    /// <summary>The offset just past the sentence's last character.</summary>
    public int End => Start + Length;

    /// <summary>The sentence's text within <paramref name="text"/>.</summary>
    /// <param name="text">The text the span was taken from.</param>
    /// <returns>The characters of the sentence.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
