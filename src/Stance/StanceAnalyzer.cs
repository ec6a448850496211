namespace Stance;

/// <summary>
/// The front door of the library: splits Arabic text into sentences and labels each with its stance
/// and speaker.
/// </summary>
/// <remarks>
/// This first version is a placeholder that fixes the public shape: it splits on line breaks and
/// labels every sentence <see cref="StanceLabel.Neutral"/> with no speaker. The text pipeline, the
/// classifier and the speaker attribution replace it.
/// </remarks>
public sealed class StanceAnalyzer
{
    private StanceAnalyzer()
    {
    }

    /// <summary>Creates an analyzer with the default model embedded in the package.</summary>
    /// <returns>A ready analyzer.</returns>
    public static StanceAnalyzer CreateDefault() => new();

    /// <summary>Analyzes one document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="documentId">An optional identifier carried into the result.</param>
    /// <returns>The sentences of the document with their stance and speaker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DocumentAnalysis Analyze(string text, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceStance>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
                sentences.Add(new SentenceStance(trimmed, StanceLabel.Neutral, null));
        }

        return new DocumentAnalysis(documentId, sentences);
    }
}
