namespace Stance.Classification;

/// <summary>The classifier's output for one sentence.</summary>
internal sealed record StancePrediction(StanceLabel Label, StanceScores Scores, IReadOnlyList<FeatureContribution> Explanation);
