namespace Stance;

/// <summary>How many sentences took each stance, and their shares.</summary>
/// <param name="Pro">Sentences labeled <see cref="StanceLabel.Pro"/>.</param>
/// <param name="Anti">Sentences labeled <see cref="StanceLabel.Anti"/>.</param>
/// <param name="Neutral">Sentences labeled <see cref="StanceLabel.Neutral"/>.</param>
public sealed record StanceCounts(int Pro, int Anti, int Neutral)
{
    /// <summary>All sentences.</summary>
    public int Total => Pro + Anti + Neutral;

    /// <summary>The share of <see cref="StanceLabel.Pro"/> sentences (0 when there are none at all).</summary>
    public double ProShare => Total == 0 ? 0 : (double)Pro / Total;

    /// <summary>The share of <see cref="StanceLabel.Anti"/> sentences.</summary>
    public double AntiShare => Total == 0 ? 0 : (double)Anti / Total;

    /// <summary>The share of <see cref="StanceLabel.Neutral"/> sentences.</summary>
    public double NeutralShare => Total == 0 ? 0 : (double)Neutral / Total;

    internal StanceCounts Add(StanceLabel label) => label switch
    {
        StanceLabel.Pro => this with { Pro = Pro + 1 },
        StanceLabel.Anti => this with { Anti = Anti + 1 },
        _ => this with { Neutral = Neutral + 1 },
    };
}
