namespace Stance.Evaluation;

/// <summary>One bin of a reliability table: the predictions whose confidence falls in
/// [<paramref name="Lower"/>, <paramref name="Upper"/>).</summary>
/// <param name="Lower">The bin's lower bound.</param>
/// <param name="Upper">The bin's upper bound (the last bin includes 1).</param>
/// <param name="Count">The number of predictions in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence (0 for an empty bin).</param>
/// <param name="Accuracy">The share of them that is right (0 for an empty bin).</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
