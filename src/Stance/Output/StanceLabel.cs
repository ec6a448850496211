namespace Stance;

/// <summary>The position a sentence's speaker takes toward the target (for the default model: the
/// withdrawal of US and US-led coalition forces from Iraq).</summary>
public enum StanceLabel
{
    /// <summary>No side is taken, or the sentence only reports facts.</summary>
    Neutral = 0,

    /// <summary>In favour of the target: for the default model, <c>pro-withdrawal</c>.</summary>
    Pro = 1,

    /// <summary>Against the target: for the default model, <c>anti-withdrawal</c>.</summary>
    Anti = 2,
}
