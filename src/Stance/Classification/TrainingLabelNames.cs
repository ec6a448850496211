namespace Stance.Classification;

/// <summary>The label names a trained model takes from its training data.</summary>
internal static class TrainingLabelNames
{
    /// <summary>For each label, the one spelling all its examples share (read case-insensitively,
    /// written in lower case); where a label's examples mix spellings, or none was recorded, the
    /// name from <paramref name="fallback"/>. Names that would be ambiguous (one spelling for two
    /// labels) give <paramref name="fallback"/> whole.</summary>
    public static StanceLabelNames FromData(IEnumerable<LabeledSentence> examples, StanceLabelNames fallback)
    {
        var spellings = new Dictionary<StanceLabel, HashSet<string?>>();
        foreach (var e in examples)
        {
            if (!spellings.TryGetValue(e.Label, out var set))
                spellings[e.Label] = set = [];
            set.Add(e.LabelName?.Trim().ToLowerInvariant());
        }

        string Pick(StanceLabel label) =>
            spellings.TryGetValue(label, out var set) && set.Count == 1 && set.Single() is { Length: > 0 } only ? only : fallback.NameOf(label);
        var names = new StanceLabelNames(Pick(StanceLabel.Pro), Pick(StanceLabel.Anti), Pick(StanceLabel.Neutral));
        try
        {
            names.Validate();
            return names;
        }
        catch (ArgumentException)
        {
            return fallback;
        }
    }
}
