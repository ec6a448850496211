namespace Stance.Classification;

/// <summary>One source of a model's training examples.</summary>
/// <param name="Name">The source's name (for the default model, the data path it was read from).</param>
/// <param name="Sentences">How many examples it gave.</param>
/// <param name="Weight">How much each of them counted (1 is the default).</param>
/// <param name="Sha256">The SHA-256 of its examples (label, target, text, in order), hex, as
/// <see cref="StanceModelMetadata.CorpusSha256"/> is computed over all of them.</param>
public sealed record TrainingSource(string Name, int Sentences, double Weight, string Sha256);
