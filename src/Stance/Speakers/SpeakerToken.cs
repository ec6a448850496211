using Stance.Text;

namespace Stance.Speakers;

/// <summary>A word or punctuation mark of a sentence, with its range in the document and its folded form.</summary>
/// <param name="Start">The offset of the first character in the document text.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Norm">The folded word (<see cref="SpeakerLexicon.Fold"/>), or the mark itself.</param>
/// <param name="IsWord">Whether the token is a word (letters or digits) rather than a mark.</param>
/// <param name="InQuote">Whether the token stands inside a quotation: cues there are the quoted
/// speaker's words, not the report's.</param>
internal readonly record struct SpeakerToken(int Start, int Length, string Norm, bool IsWord, bool InQuote)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>The mark, for a punctuation token; '\0' for a word.</summary>
    public char Mark => IsWord || Norm.Length == 0 ? '\0' : Norm[0];

    /// <summary>Whether the token is a comma (Arabic or Latin).</summary>
    public bool IsComma => Mark is ',' or '،';

    /// <summary>Whether the token is a quote mark.</summary>
    public bool IsQuote => !IsWord && QuotationMarks.Chars.Contains(Mark);

    /// <summary>Whether the word has digits (a date or a number: never a name).</summary>
    public bool HasDigit => IsWord && Norm.Any(char.IsAsciiDigit);
}

/// <summary>Splits a sentence into <see cref="SpeakerToken"/>s in one linear pass.</summary>
internal static class SpeakerTokenizer
{
    /// <summary>Words beyond this count are not analyzed: attribution lives at the start of a sentence
    /// and in its short tail, and the bound keeps a pathological sentence linear.</summary>
    public const int MaxTokens = 400;

    /// <summary>Tokenizes <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    public static List<SpeakerToken> Tokenize(string text, int start, int end)
    {
        // About one token per six characters in news text; sized once instead of grown five times.
        var tokens = new List<SpeakerToken>(Math.Min(MaxTokens, (end - start) / 6 + 8));
        int depth = 0; // «» “” nesting
        bool straight = false;
        int i = start;
        while (i < end && tokens.Count < MaxTokens)
        {
            char c = text[i];
            var cls = CharTables.Classes[c];
            if (cls == CharClass.WhiteSpace || cls == CharClass.Ignorable)
            {
                i++;
                continue;
            }

            if (IsWordChar(cls))
            {
                int s = i;
                while (i < end && (IsWordChar(CharTables.Classes[text[i]]) || (CharTables.Classes[text[i]] is CharClass.Diacritic or CharClass.Tatweel or CharClass.Ignorable)))
                    i++;
                // Tatweel and diacritics after a letter belong to the word; a word is never longer than
                // the scanner's limit for folding, so cut very long runs (base64 ids) into pieces.
                var norm = i - s > 64 ? string.Empty : SpeakerLexicon.FoldWord(text.AsSpan(s, i - s));
                tokens.Add(new SpeakerToken(s, i - s, norm, true, depth > 0 || straight));
                continue;
            }

            if (cls is CharClass.Diacritic or CharClass.Tatweel)
            {
                i++; // a stray mark outside a word ("لـ" leaves the tatweel to the word; this is a lone one)
                continue;
            }

            // A mark: one token per character (a surrogate pair is one symbol).
            int len = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            bool inside = depth > 0 || straight;
            switch (c)
            {
                case '«' or '“' or '„':
                    depth++;
                    break;
                case '»' or '”':
                    depth = Math.Max(0, depth - 1);
                    inside = depth > 0 || straight;
                    break;
                case '"':
                    straight = !straight;
                    inside = straight;
                    break;
            }

            tokens.Add(new SpeakerToken(i, len, ThreadStrings.Intern(text.AsSpan(i, len)), false, inside));
            i += len;
        }

        return tokens;
    }

    private static bool IsWordChar(CharClass cls) => cls is CharClass.ArabicLetter or CharClass.Digit or CharClass.OtherLetter;
}
