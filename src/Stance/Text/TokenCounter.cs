using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stance.Text;

/// <summary>
/// Counts the tokens <see cref="TokenScanner"/> would produce, without producing them: one pass of
/// table reads, and the clitic analysis only for the words whose first or last letter allows a split.
/// </summary>
/// <remarks>Kept in step with <see cref="TokenScanner"/>: the tokenizer tests check on random text
/// that both give the same count.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static class TokenCounter
{
    private const byte InWord = 1; // a letter, diacritic, tatweel or invisible mark: continues a word
    private const byte Plain = 2;  // an Arabic letter that the default normalization leaves as it is
    private const byte Letter = 4; // an Arabic letter that the default normalization maps to one letter

    // The default normalization of each Arabic letter (أ → ا, …): words of letters only are folded with
    // one table read per letter instead of the general normalizer.
    private static readonly char[] s_letterFolds = BuildLetterFolds();

    // One byte per code unit, so the word loop tests one table entry per character.
    private static readonly byte[] s_wordFlags = BuildWordFlags();

    private static byte[] BuildWordFlags()
    {
        var flags = new byte[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            CharClass cls = CharTables.Classes[c];
            if (cls is CharClass.ArabicLetter or CharClass.Diacritic or CharClass.Tatweel or CharClass.Ignorable)
                flags[i] |= InWord;
            if (cls == CharClass.ArabicLetter && ArabicNormalizer.Default.TryFold(c, out char f))
            {
                if (f == c)
                    flags[i] |= Plain;
                if (CharTables.Classes[f] == CharClass.ArabicLetter)
                    flags[i] |= Letter;
            }
        }

        return flags;
    }

    private static char[] BuildLetterFolds()
    {
        var folds = new char[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            if (CharTables.Classes[i] == CharClass.ArabicLetter && ArabicNormalizer.Default.TryFold((char)i, out char f))
                folds[i] = f;
        }

        return folds;
    }

    public static int Count(ReadOnlySpan<char> text, ArabicNormalizer normalizer, CliticRules? clitics, int max)
    {
        CharClass[] classes = CharTables.Classes;
        int count = 0;
        int i = 0;
        int len = text.Length;
        while (i < len && count < max)
        {
            char c = text[i];
            switch (classes[c])
            {
                case CharClass.ArabicLetter:
                    int start = i;
                    i = EndOfArabicWord(text, i, out int wordFlags);
                    count += CountWordTokens(text, start, i, wordFlags, normalizer, clitics);
                    break;
                case CharClass.Digit:
                    i = EndOfNumber(text, i, classes);
                    count++;
                    break;
                case CharClass.OtherLetter:
                    i = EndOfOtherLetterWord(text, i, classes);
                    count++;
                    break;
                case CharClass.Punctuation or CharClass.Symbol:
                    i++;
                    count++;
                    break;
                case CharClass.Surrogate:
                    i = EndOfSurrogate(text, i);
                    count++;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return Math.Min(count, max);
    }

    // The word that starts at an Arabic letter runs on over letters, diacritics, tatweel and invisible
    // marks. wordFlags is the AND of the word's flags: Plain or Letter survive only if every character has them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfArabicWord(ReadOnlySpan<char> text, int start, out int wordFlags)
    {
        byte[] flags = s_wordFlags;
        int all = flags[text[start]];
        ref byte flag0 = ref MemoryMarshal.GetArrayDataReference(flags);
        int i = start + 1;
        while (i < text.Length)
        {
            int f = Unsafe.Add(ref flag0, text[i]); // a char always indexes the 64 K table
            if ((f & InWord) == 0)
                break;
            all &= f;
            i++;
        }

        wordFlags = all;
        return i;
    }

    // One token, or the word's clitic pieces; the cheapest analysis the word's flags allow (see the
    // piece counters below), the general one when a custom normalizer may fold differently.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountWordTokens(ReadOnlySpan<char> text, int start, int end, int wordFlags, ArabicNormalizer normalizer, CliticRules? clitics)
    {
        if (clitics is null)
            return 1;
        if (!ReferenceEquals(normalizer, ArabicNormalizer.Default))
            return CountPieces(text[start..end], normalizer, clitics);
        if ((wordFlags & Plain) != 0)
            return CountPlainPieces(text[start..end], clitics);
        if ((wordFlags & Letter) != 0)
            return CountFoldedPieces(text[start..end], clitics);
        return CountPieces(text[start..end], normalizer, clitics);
    }

    // A number is one token: digits, with a separator (2.5, 1,000, ٣٫٥) only between two digits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfNumber(ReadOnlySpan<char> text, int start, CharClass[] classes)
    {
        int i = start + 1;
        int len = text.Length;
        while (i < len)
        {
            CharClass cls = classes[text[i]];
            if (cls == CharClass.Digit)
                i++;
            else if (text[i] is '.' or ',' or '٫' or '٬' && i + 1 < len && classes[text[i + 1]] == CharClass.Digit)
                i += 2;
            else
                break;
        }

        return i;
    }

    // A word in another script is one token, digits included (COVID19).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfOtherLetterWord(ReadOnlySpan<char> text, int start, CharClass[] classes)
    {
        int i = start + 1;
        while (i < text.Length && classes[text[i]] is CharClass.OtherLetter or CharClass.Digit)
            i++;
        return i;
    }

    // A supplementary character (an emoji) is one token; a lone surrogate is one too.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfSurrogate(ReadOnlySpan<char> text, int i) =>
        i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);

    // A word of plain letters is its own normalized form: analyse it in place.
    private static int CountPlainPieces(ReadOnlySpan<char> word, CliticRules clitics)
    {
        // The commonest word checked first: a definite noun of plain letters (see CliticRules.CountPieces).
        if (word.Length <= TokenScanner.MaxWordLength && clitics.IsPlainDefinite(word))
            return 2;
        if (word.Length < 3 || word.Length > TokenScanner.MaxWordLength || !CliticRules.MaySplit(word[0], word[1], word[^2], word[^1], word.Length))
            return 1;
        return clitics.CountPiecesOfOtherWord(word);
    }

    // A word of letters only, some of which the normalizer folds (أ إ آ → ا, …): fold it letter by letter.
    private static int CountFoldedPieces(ReadOnlySpan<char> word, CliticRules clitics)
    {
        if (word.Length < 3 || word.Length > TokenScanner.MaxWordLength)
            return 1;
        char[] folds = s_letterFolds;
        if (!CliticRules.MaySplit(folds[word[0]], folds[word[1]], folds[word[^2]], folds[word[^1]], word.Length))
            return 1;
        Span<char> folded = stackalloc char[TokenScanner.MaxWordLength];
        for (int k = 0; k < word.Length; k++)
            folded[k] = folds[word[k]];
        return clitics.CountPieces(folded[..word.Length]);
    }

    private static int CountPieces(ReadOnlySpan<char> word, ArabicNormalizer normalizer, CliticRules clitics)
    {
        // Trailing invisible marks are not part of the word (as in the scanner).
        int end = word.Length;
        while (end > 1 && CharTables.Classes[word[end - 1]] == CharClass.Ignorable)
            end--;
        word = word[..end];
        if (word.Length > TokenScanner.MaxWordLength)
            return 1;

        Span<char> normalized = stackalloc char[TokenScanner.MaxWordLength];
        int n = normalizer.Normalize(word, normalized, default);
        var letters = normalized[..n];
        if (n < 3 || !CliticRules.MaySplit(letters[0], letters[1], letters[^2], letters[^1], n))
            return 1;
        foreach (char ch in letters)
        {
            if (CharTables.Classes[ch] != CharClass.ArabicLetter)
                return 1;
        }

        return clitics.CountPieces(letters);
    }
}
