namespace Stance.Classification;

/// <summary>The ML.NET multiclass trainers the <see cref="StanceTrainer"/> can compare.</summary>
public enum StanceTrainerKind
{
    /// <summary>ML.NET's <c>SdcaMaximumEntropy</c>: multinomial logistic regression by stochastic dual coordinate ascent.</summary>
    SdcaMaximumEntropy,

    /// <summary>ML.NET's <c>LbfgsMaximumEntropy</c>: multinomial logistic regression by L-BFGS.</summary>
    LbfgsMaximumEntropy,
}
