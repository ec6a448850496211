namespace Stance.Classification;

/// <summary>A model's figures on a set of whole documents it was not trained on, recorded in its
/// metadata by the training command (see <c>stance train --eval-docs</c>).</summary>
/// <param name="Name">The gold file the figures were measured on.</param>
/// <param name="Stance">Stance metrics over its sentences.</param>
/// <param name="ExpectedCalibrationError">The expected calibration error over 10 confidence bins.</param>
/// <param name="SpeakerAccuracy">The share of sentences whose speaker was found.</param>
public sealed record HeldOutFigures(string Name, StanceMetrics Stance, double ExpectedCalibrationError, double SpeakerAccuracy);
