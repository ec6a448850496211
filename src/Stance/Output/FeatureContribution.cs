namespace Stance;

/// <summary>One feature's part in a decision: its value times the model's weight for the chosen label.</summary>
/// <param name="Feature">The feature: <c>word:…</c> (a token or bigram), <c>char:…</c> (a character
/// n-gram) or <c>cue:…</c> (a lexicon cue, <c>cue:neg:…</c> when negated).</param>
/// <param name="Weight">Its contribution to the chosen label's score.</param>
public sealed record FeatureContribution(string Feature, double Weight);
