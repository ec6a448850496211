namespace Stance.Text;

/// <summary>What a UTF-16 code unit is, for the text pipeline.</summary>
internal enum CharClass : byte
{
    /// <summary>Anything not listed below: symbols, emoji halves are <see cref="Surrogate"/>.</summary>
    Symbol = 0,

    /// <summary>An Arabic letter (U+0621–U+064A, U+066E–U+06D3 and presentation forms).</summary>
    ArabicLetter,

    /// <summary>Tashkeel and Quranic marks: dropped by normalization, kept inside a word.</summary>
    Diacritic,

    /// <summary>Tatweel (U+0640): dropped by normalization, kept inside a word.</summary>
    Tatweel,

    /// <summary>Zero-width, bidi and other format or control characters that carry no text.</summary>
    Ignorable,

    /// <summary>An ASCII, Arabic-Indic or Persian digit.</summary>
    Digit,

    /// <summary>A letter of another script (Latin, Cyrillic, …).</summary>
    OtherLetter,

    /// <summary>White space, including line breaks and U+00A0.</summary>
    WhiteSpace,

    /// <summary>Punctuation: Arabic and Latin marks, quotes, brackets, dashes.</summary>
    Punctuation,

    /// <summary>A high or low surrogate.</summary>
    Surrogate,
}
