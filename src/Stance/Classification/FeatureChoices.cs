namespace Stance.Classification;

/// <summary>The featurizer settings a model was trained with, read from its metadata and applied
/// whenever it scores: the target conjunction, the withdrawal cues and the generic cues.</summary>
/// <param name="ConjoinTarget">Conjoin features with the target (a multi-target model).</param>
/// <param name="WithdrawalCues">Add the withdrawal lexicon's cues, the composed cues and the
/// sentence's context (which includes the generic cues).</param>
/// <param name="GenericCues">Without the withdrawal cues: add the features that hold for any target
/// (a negator, who speaks, whether the source is named, headline or lede).</param>
internal readonly record struct FeatureChoices(bool ConjoinTarget, bool WithdrawalCues, bool GenericCues = true);
