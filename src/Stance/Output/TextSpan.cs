namespace Stance;

/// <summary>A range of UTF-16 code units in the original document text.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
