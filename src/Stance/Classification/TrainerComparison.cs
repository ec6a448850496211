namespace Stance.Classification;

/// <summary>One candidate trainer's cross-validated result.</summary>
/// <param name="Trainer">The trainer.</param>
/// <param name="CrossValidation">Its metrics, pooled over the folds.</param>
public sealed record TrainerComparison(StanceTrainerKind Trainer, StanceMetrics CrossValidation);

/// <summary>What <see cref="StanceTrainer.Train"/> returns.</summary>
/// <param name="Model">The model trained on all the examples with the best trainer.</param>
/// <param name="Candidates">Every candidate's cross-validated metrics, best first.</param>
public sealed record StanceTrainingResult(StanceModel Model, IReadOnlyList<TrainerComparison> Candidates);
