namespace Stance.Classification;

/// <summary>Label names: the wire names of the default target and the spellings accepted in data.</summary>
public static class StanceLabels
{
    /// <summary>The wire name of <see cref="StanceLabel.Pro"/>.</summary>
    public const string ProWithdrawal = StanceLabelNames.WithdrawalPro;

    /// <summary>The wire name of <see cref="StanceLabel.Anti"/>.</summary>
    public const string AntiWithdrawal = StanceLabelNames.WithdrawalAnti;

    /// <summary>The wire name of <see cref="StanceLabel.Neutral"/>.</summary>
    public const string Neutral = StanceLabelNames.NeutralName;

    /// <summary>The labels in the order metrics and confusion matrices use.</summary>
    public static IReadOnlyList<StanceLabel> All { get; } = [StanceLabel.Pro, StanceLabel.Anti, StanceLabel.Neutral];

    /// <summary>The wire name of a label: <c>pro-withdrawal</c>, <c>anti-withdrawal</c> or <c>neutral</c>.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its name.</returns>
    public static string ToWireName(this StanceLabel label) => label switch
    {
        StanceLabel.Pro => ProWithdrawal,
        StanceLabel.Anti => AntiWithdrawal,
        StanceLabel.Neutral => Neutral,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown stance label."),
    };

    /// <summary>Reads a label. Accepted, case-insensitively: <c>pro-withdrawal</c>, <c>pro</c>,
    /// <c>favor</c>, <c>favour</c>; <c>anti-withdrawal</c>, <c>anti</c>, <c>against</c>;
    /// <c>neutral</c>, <c>none</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="label">The label read.</param>
    /// <returns>Whether the name is a known spelling.</returns>
    public static bool TryParse(string? name, out StanceLabel label)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case ProWithdrawal or "pro" or "favor" or "favour":
                label = StanceLabel.Pro;
                return true;
            case AntiWithdrawal or "anti" or "against":
                label = StanceLabel.Anti;
                return true;
            case Neutral or "none":
                label = StanceLabel.Neutral;
                return true;
            default:
                label = StanceLabel.Neutral;
                return false;
        }
    }

    /// <summary>The key the ML.NET pipeline uses for a label.</summary>
    internal static string ToKey(StanceLabel label) => label switch
    {
        StanceLabel.Pro => "pro",
        StanceLabel.Anti => "anti",
        _ => "neutral",
    };

    internal static StanceLabel FromKey(string key) => key switch
    {
        "pro" => StanceLabel.Pro,
        "anti" => StanceLabel.Anti,
        "neutral" => StanceLabel.Neutral,
        _ => throw new InvalidDataException($"Unknown label key '{key}' in the model."),
    };
}
