namespace Stance.Text;

/// <summary>Selects the steps of <see cref="ArabicNormalizer"/>. The defaults are the ones the
/// stance classifier is trained with.</summary>
public sealed record ArabicNormalizerOptions
{
    /// <summary>The default options.</summary>
    public static ArabicNormalizerOptions Default { get; } = new();

    /// <summary>Remove tashkeel: harakat, tanween, shadda, sukun, dagger alef and Quranic marks. Default <see langword="true"/>.</summary>
    public bool RemoveDiacritics { get; init; } = true;

    /// <summary>Remove tatweel (U+0640). Default <see langword="true"/>.</summary>
    public bool RemoveTatweel { get; init; } = true;

    /// <summary>Remove zero-width, bidi control and other invisible format and control characters. Default <see langword="true"/>.</summary>
    public bool RemoveFormatCharacters { get; init; } = true;

    /// <summary>Unify alef forms (أ إ آ ٱ → ا) and decompose presentation forms. Default <see langword="true"/>.</summary>
    public bool UnifyAlef { get; init; } = true;

    /// <summary>Unify alef maqsura with yeh (ى → ي) and Persian letter variants with Arabic ones. Default <see langword="true"/>.</summary>
    public bool UnifyYeh { get; init; } = true;

    /// <summary>Fold taa marbuta to heh (ة → ه). Default <see langword="false"/>: the two are confused in
    /// real text less often than they carry a distinction, and the classifier does slightly worse with it.</summary>
    public bool FoldTaaMarbuta { get; init; }

    /// <summary>Map Arabic-Indic and Persian digits to ASCII digits. Default <see langword="true"/>.</summary>
    public bool UnifyDigits { get; init; } = true;

    /// <summary>Map Arabic punctuation (، ؛ ؟ ٪ ٫ ٬), quotation marks, apostrophes and dashes to one
    /// ASCII form each. Default <see langword="true"/>.</summary>
    public bool UnifyPunctuation { get; init; } = true;

    /// <summary>Lower-case ASCII Latin letters. Default <see langword="true"/>.</summary>
    public bool LowercaseLatin { get; init; } = true;

    /// <summary>Fold every run of white space (line breaks included) into one space and trim both
    /// ends. Default <see langword="true"/>.</summary>
    public bool FoldWhiteSpace { get; init; } = true;
}
