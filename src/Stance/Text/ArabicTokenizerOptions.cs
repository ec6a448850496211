namespace Stance.Text;

/// <summary>Options of <see cref="ArabicTokenizer"/>.</summary>
public sealed record ArabicTokenizerOptions
{
    /// <summary>The default options: clitics split, default normalization.</summary>
    public static ArabicTokenizerOptions Default { get; } = new();

    /// <summary>Split the conjunctions و ف, the prepositions ب ل ك before the article, the article ال
    /// and the pronoun suffixes off words, conservatively. Default <see langword="true"/>.</summary>
    public bool SegmentClitics { get; init; } = true;

    /// <summary>The normalization that gives token values. Default: <see cref="ArabicNormalizerOptions.Default"/>.</summary>
    public ArabicNormalizerOptions Normalization { get; init; } = ArabicNormalizerOptions.Default;
}
