namespace Stance;

/// <summary>A model file is not a usable Stance model: empty, truncated, not a Stance model file, of
/// an unsupported format version, trained for another label set or featurizer, or damaged. Thrown
/// by the loaders before any prediction.</summary>
public sealed class InvalidStanceModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the model.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InvalidStanceModelException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
