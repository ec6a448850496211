namespace Stance.Evaluation;

/// <summary>One gold sentence beside the analyzer's sentence that overlaps it most.</summary>
/// <param name="Gold">The gold sentence.</param>
/// <param name="Predicted">The predicted sentence, or <see langword="null"/> when none overlaps it.</param>
/// <param name="SpanMatches">Whether the predicted span equals the gold span exactly.</param>
/// <param name="SpeakerCorrect">Whether the speaker is right (see <see cref="DocumentEvaluator"/>).</param>
public sealed record EvaluatedSentence(GoldSentence Gold, SentenceStance? Predicted, bool SpanMatches, bool SpeakerCorrect)
{
    /// <summary>The predicted stance; <see cref="StanceLabel.Neutral"/> when nothing was predicted.</summary>
    public StanceLabel PredictedStance => Predicted?.Stance ?? StanceLabel.Neutral;

    /// <summary>Whether the predicted stance equals the gold stance.</summary>
    public bool StanceCorrect => PredictedStance == Gold.Stance;
}
