namespace Stance;

/// <summary>The names a model gives its three labels in output (JSON Lines, JSON, CSV, the table):
/// the default model's are <c>pro-withdrawal</c>, <c>anti-withdrawal</c> and <c>neutral</c>; a model
/// trained for a target of one's own keeps the names its training data used (for example
/// ArabicStanceX's <c>favor</c>, <c>against</c> and <c>none</c>), or <see cref="Generic"/>.</summary>
/// <param name="Pro">The name of <see cref="StanceLabel.Pro"/>.</param>
/// <param name="Anti">The name of <see cref="StanceLabel.Anti"/>.</param>
/// <param name="Neutral">The name of <see cref="StanceLabel.Neutral"/>.</param>
public sealed record StanceLabelNames(string Pro, string Anti, string Neutral)
{
    /// <summary>The default model's names: <c>pro-withdrawal</c>, <c>anti-withdrawal</c>, <c>neutral</c>.</summary>
    public static StanceLabelNames Withdrawal { get; } = new(WithdrawalPro, WithdrawalAnti, NeutralName);

    // The default model's wire names, defined once here (the shared records) and exposed as
    // Stance.Classification.StanceLabels' public constants.
    internal const string WithdrawalPro = "pro-withdrawal", WithdrawalAnti = "anti-withdrawal", NeutralName = "neutral";

    /// <summary>Names for any target: <c>pro</c>, <c>anti</c>, <c>neutral</c>.</summary>
    public static StanceLabelNames Generic { get; } = new("pro", "anti", "neutral");

    /// <summary>The name of a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its name under this model.</returns>
    public string NameOf(StanceLabel label) => label switch
    {
        StanceLabel.Pro => Pro,
        StanceLabel.Anti => Anti,
        StanceLabel.Neutral => Neutral,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown stance label."),
    };

    /// <summary>The names in the order pro, anti, neutral (the order models and metrics list the labels).</summary>
    public IReadOnlyList<string> InOrder => [Pro, Anti, Neutral];

    /// <summary>Checks that the three names are usable: not empty, distinct, without line breaks,
    /// commas or quotes (they are CSV column names and JSON keys).</summary>
    /// <exception cref="ArgumentException">A name is unusable.</exception>
    public void Validate()
    {
        var names = InOrder;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name) || name.AsSpan().IndexOfAny("\r\n,\"") >= 0)
                throw new ArgumentException($"'{name}' cannot name a label: names must be non-empty, without commas, quotes or line breaks.");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != 3)
            throw new ArgumentException($"The label names [{string.Join(", ", names)}] are not distinct.");
    }
}
