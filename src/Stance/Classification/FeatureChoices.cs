namespace Stance.Classification;

/// <summary>The featurizer settings a model was trained with, read from its metadata and applied
/// whenever it scores: the target conjunction and the withdrawal cues.</summary>
/// <param name="ConjoinTarget">Conjoin features with the target (a multi-target model).</param>
/// <param name="WithdrawalCues">Add the withdrawal lexicon's cues, the composed cues and the
/// sentence's context.</param>
internal readonly record struct FeatureChoices(bool ConjoinTarget, bool WithdrawalCues);
