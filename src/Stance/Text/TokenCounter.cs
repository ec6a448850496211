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
                {
                    int start = i++;
                    byte[] flags = s_wordFlags;
                    int all = flags[c];
                    ref byte flag0 = ref MemoryMarshal.GetArrayDataReference(flags);
                    while (i < len)
                    {
                        int f = Unsafe.Add(ref flag0, text[i]); // a char always indexes the 64 K table
                        if ((f & InWord) == 0)
                            break;
                        all &= f;
                        i++;
                    }

                    if (clitics is null)
                        count++;
                    else if (!ReferenceEquals(normalizer, ArabicNormalizer.Default))
                        count += CountPieces(text[start..i], normalizer, clitics);
                    else if ((all & Plain) != 0)
                        count += CountPlainPieces(text[start..i], clitics);
                    else if ((all & Letter) != 0)
                        count += CountFoldedPieces(text[start..i], clitics);
                    else
                        count += CountPieces(text[start..i], normalizer, clitics);
                    break;
                }

                case CharClass.Digit:
                    i++;
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

                    count++;
                    break;
                case CharClass.OtherLetter:
                    i++;
                    while (i < len && classes[text[i]] is CharClass.OtherLetter or CharClass.Digit)
                        i++;
                    count++;
                    break;
                case CharClass.Punctuation or CharClass.Symbol:
                    i++;
                    count++;
                    break;
                case CharClass.Surrogate:
                    i += char.IsHighSurrogate(c) && i + 1 < len && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    count++;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return Math.Min(count, max);
    }

    // A word of plain letters is its own normalized form: analyse it in place.
    private static int CountPlainPieces(ReadOnlySpan<char> word, CliticRules clitics)
    {
        if (word.Length < 3 || word.Length > TokenScanner.MaxWordLength || !CliticRules.MaySplit(word[0], word[^2], word[^1], word.Length))
            return 1;
        return clitics.CountPieces(word);
    }

    // A word of letters only, some of which the normalizer folds (أ إ آ → ا, …): fold it letter by letter.
    private static int CountFoldedPieces(ReadOnlySpan<char> word, CliticRules clitics)
    {
        if (word.Length < 3 || word.Length > TokenScanner.MaxWordLength)
            return 1;
        char[] folds = s_letterFolds;
        if (!CliticRules.MaySplit(folds[word[0]], folds[word[^2]], folds[word[^1]], word.Length))
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
        if (n < 3 || !CliticRules.MaySplit(letters[0], letters[^2], letters[^1], n))
            return 1;
        foreach (char ch in letters)
        {
            if (CharTables.Classes[ch] != CharClass.ArabicLetter)
                return 1;
        }

        return clitics.CountPieces(letters);
    }
}
