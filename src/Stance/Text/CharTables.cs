using System.Buffers;
using System.Globalization;

namespace Stance.Text;

/// <summary>
/// Lookup tables built once: the class of every UTF-16 code unit and its normalized form, so that
/// the hot paths pay one array read per character instead of a chain of range checks.
/// </summary>
internal static class CharTables
{
    /// <summary>The class of each code unit.</summary>
    public static readonly CharClass[] Classes = BuildClasses();

    /// <summary>
    /// The letter-level fold of each code unit: alef forms to bare alef, alef maqsura to yeh,
    /// Persian letters to Arabic, Eastern digits to ASCII, punctuation variants to one form,
    /// ASCII upper case to lower case. Taa marbuta is folded separately because it is optional.
    /// </summary>
    public static readonly char[] Fold = BuildFold();

    /// <summary>White space for vectorized searches, the same set as <see cref="CharClass.WhiteSpace"/>.</summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Characters that can end a sentence or a line.</summary>
    public static readonly SearchValues<char> SentenceStops = SearchValues.Create(".!?؟؛…\n\r\u2028\u2029\u0085«»“”\"");

    public static CharClass Of(char c) => Classes[c];

    private static CharClass[] BuildClasses()
    {
        var t = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            t[i] = Classify(c);
        }

        return t;
    }

    private static CharClass Classify(char c)
    {
        if (char.IsSurrogate(c))
            return CharClass.Surrogate;
        if (c == '\u0640')
            return CharClass.Tatweel;
        if (IsDiacritic(c))
            return CharClass.Diacritic;
        if (IsIgnorable(c))
            return CharClass.Ignorable;
        if (char.IsWhiteSpace(c))
            return CharClass.WhiteSpace;
        if (char.IsControl(c))
            return CharClass.Ignorable;
        if (c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9')
            return CharClass.Digit;
        if (IsArabicLetter(c))
            return CharClass.ArabicLetter;
        if (char.IsLetter(c))
            return CharClass.OtherLetter;
        if (char.IsDigit(c))
            return CharClass.Symbol; // other scripts' digits are rare; keep them as symbols
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            return CharClass.Diacritic;
        if (char.IsPunctuation(c) || c is '`' or '|' or '^' or '~' or '+' or '=' or '<' or '>' or '$')
            return CharClass.Punctuation;
        return CharClass.Symbol;
    }

    private static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F'   // harakat, tanween, shadda, sukun, combining hamza and madda
        or '\u0670'                        // dagger alef
        or >= '\u0610' and <= '\u061A'     // honorific and Quranic signs above letters
        or >= '\u06D6' and <= '\u06DC'
        or >= '\u06DF' and <= '\u06E4'
        or '\u06E7' or '\u06E8'
        or >= '\u06EA' and <= '\u06ED'
        or >= '\u08D3' and <= '\u08FF' and not '\u08E2'
        or >= '\uFE70' and <= '\uFE7F';                   // presentation forms of tashkeel

    private static bool IsIgnorable(char c) =>
        c is >= '\u200B' and <= '\u200F'   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        or >= '\u202A' and <= '\u202E'     // bidi embeddings and overrides
        or >= '\u2060' and <= '\u2064'     // word joiner, invisible operators
        or >= '\u2066' and <= '\u2069'     // bidi isolates
        or '\uFEFF' or '\u061C' or '\u00AD' or '\u180E';

    private static bool IsArabicLetter(char c) =>
        c is >= '\u0620' and <= '\u064A'
        or >= '\u066E' and <= '\u066F'
        or >= '\u0671' and <= '\u06D3'
        or '\u06D5'
        or >= '\u06EE' and <= '\u06EF'
        or >= '\u06FA' and <= '\u06FC'
        or '\u06FF'
        or >= '\u0750' and <= '\u077F'
        or >= '\u08A0' and <= '\u08C9'
        or >= '\uFB50' and <= '\uFDFF' and not (>= '\uFD3E' and <= '\uFD4F')
        or >= '\uFE80' and <= '\uFEFC';

    private static char[] BuildFold()
    {
        var f = new char[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
            f[i] = (char)i;
        FoldPresentationForms(f);
        FoldLetterVariants(f);
        FoldDigits(f);
        FoldAsciiUpperCase(f);
        FoldPunctuationVariants(f);
        return f;
    }

    // Presentation forms carry no meaning of their own: fold them to their base letter. The table
    // is written out rather than taken from Unicode normalization, which depends on ICU and is
    // unavailable in invariant-globalization mode.
    private static void FoldPresentationForms(char[] f)
    {
        // The Arabic Presentation Forms-B block from U+FE80: each base letter with its number of forms
        // (isolated, final, and for joining letters initial and medial), in code point order.
        (char Letter, int Count)[] presentationForms =
        [
            ('ء', 1), ('آ', 2), ('أ', 2), ('ؤ', 2), ('إ', 2), ('ئ', 4), ('ا', 2), ('ب', 4), ('ة', 2), ('ت', 4),
            ('ث', 4), ('ج', 4), ('ح', 4), ('خ', 4), ('د', 2), ('ذ', 2), ('ر', 2), ('ز', 2), ('س', 4), ('ش', 4),
            ('ص', 4), ('ض', 4), ('ط', 4), ('ظ', 4), ('ع', 4), ('غ', 4), ('ف', 4), ('ق', 4), ('ك', 4), ('ل', 4),
            ('م', 4), ('ن', 4), ('ه', 4), ('و', 2), ('ى', 2), ('ي', 4),
        ];
        int form = 0xFE80;
        foreach (var (letter, count) in presentationForms)
        {
            for (int k = 0; k < count; k++)
                f[form++] = letter;
        }
    }

    // Alef forms to bare alef, alef maqsura and Persian yeh to yeh, keheh to kaf, heh variants to heh.
    private static void FoldLetterVariants(char[] f)
    {
        foreach (var c in "أإآٱٲٳ")
            f[c] = 'ا';
        f['ى'] = 'ي';
        f['ی'] = 'ي'; // Persian yeh
        f['ې'] = 'ي';
        f['ک'] = 'ك'; // keheh
        f['ڪ'] = 'ك';
        f['ہ'] = 'ه';
        f['ە'] = 'ه';
        f['ۀ'] = 'ه';
        f['ؤ'] = 'ؤ';
    }

    // Arabic-Indic and Eastern Arabic-Indic digits to ASCII.
    private static void FoldDigits(char[] f)
    {
        for (int d = 0; d < 10; d++)
        {
            f['\u0660' + d] = (char)('0' + d);
            f['\u06F0' + d] = (char)('0' + d);
        }
    }

    private static void FoldAsciiUpperCase(char[] f)
    {
        for (char c = 'A'; c <= 'Z'; c++)
            f[c] = (char)(c + 32);
    }

    // Arabic punctuation to its ASCII counterpart; the many quotation marks and dashes to one each.
    private static void FoldPunctuationVariants(char[] f)
    {
        f['،'] = ',';
        f['٬'] = ',';
        f['٫'] = '.';
        f['؛'] = ';';
        f['؟'] = '?';
        f['٪'] = '%';
        f['۔'] = '.';
        foreach (var q in "«»“”„‟″‶〝〞＂")
            f[q] = '"';
        foreach (var q in "‘’‚‛′‵‹›`")
            f[q] = '\'';
        foreach (var d in "‐‑‒–—―−")
            f[d] = '-';
        f['\u066D'] = '*';
    }
}
