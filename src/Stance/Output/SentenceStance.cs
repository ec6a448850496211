namespace Stance;

/// <summary>The stance and speaker of one sentence.</summary>
/// <param name="Text">The sentence as it stands in the original text.</param>
/// <param name="Stance">The stance label.</param>
/// <param name="Speaker">The speaker, or <see langword="null"/> for the narrator.</param>
public sealed record SentenceStance(string Text, StanceLabel Stance, Speaker? Speaker);
