namespace Stance;

/// <summary>The probability of each label. The three sum to 1.</summary>
/// <param name="Pro">The probability of <see cref="StanceLabel.Pro"/> (pro-withdrawal).</param>
/// <param name="Anti">The probability of <see cref="StanceLabel.Anti"/> (anti-withdrawal).</param>
/// <param name="Neutral">The probability of <see cref="StanceLabel.Neutral"/>.</param>
public sealed record StanceScores(double Pro, double Anti, double Neutral)
{
    /// <summary>The probability of a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its probability.</returns>
    public double this[StanceLabel label] => label switch
    {
        StanceLabel.Pro => Pro,
        StanceLabel.Anti => Anti,
        _ => Neutral,
    };

    /// <summary>Scores that give all the probability to one label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The scores.</returns>
    public static StanceScores Certain(StanceLabel label) => label switch
    {
        StanceLabel.Pro => new(1, 0, 0),
        StanceLabel.Anti => new(0, 1, 0),
        _ => new(0, 0, 1),
    };

    /// <summary>The most probable label (ties go to neutral, then anti).</summary>
    public StanceLabel Best => Pro > Anti && Pro > Neutral ? StanceLabel.Pro : Anti > Neutral ? StanceLabel.Anti : StanceLabel.Neutral;
}
