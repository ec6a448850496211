using System.Text;

namespace Stance.Speakers;

/// <summary>The citation form of an anonymous source's description: the case endings of the sentence
/// removed, so that "مسؤولاً أميركياً رفيعاً" (object of لكنّ) and "عن مسؤولين أميركيين" (after a
/// preposition) name the same source as "مسؤول أميركي رفيع" and "مسؤولون أميركيون".</summary>
internal static class CitationForm
{
    private const char Fathatan = '\u064B';

    /// <summary>The description in the nominative without tanween.</summary>
    /// <param name="name">The description as written.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="m">The mention.</param>
    /// <remarks>After a quantifier ("ثلاثة مسؤولين حكوميين") the genitive plural is kept: it is the form
    /// the phrase has in any case.</remarks>
    public static string Of(string name, List<SpeakerToken> tokens, Mention m)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool quantified = m.Start < tokens.Count && tokens[m.Start].IsWord && IsQuantifierLike(words);
        var sb = new StringBuilder(name.Length);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            // "مسؤولاً" / "مسؤولًا": accusative tanween on an alef.
            if (w.Length > 3 && w[^1] == Fathatan && w[^2] == 'ا')
                w = w[..^2];
            else if (w.Length > 3 && w[^1] == 'ا' && w[^2] == Fathatan)
                w = w[..^2];
            // Sound masculine plurals in the genitive/accusative: "مسؤولين أميركيين" → "مسؤولون أميركيون".
            if (!quantified && i < 3 && w.Length > 4 && w.EndsWith("ين", StringComparison.Ordinal) && IsPluralContext(words, i))
                w = w[..^2] + "ون";
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(w);
        }

        return sb.ToString();
    }

    // Only the head and its adjectives at the start of the description, up to the first preposition.
    private static bool IsPluralContext(string[] words, int i)
    {
        for (int k = 0; k < i; k++)
        {
            if (words[k] is "في" or "من" or "على" or "عن")
                return false;
        }

        // The head itself must be a sound plural for its adjectives to follow.
        return words[0].EndsWith("ين", StringComparison.Ordinal) || words[0].EndsWith("ون", StringComparison.Ordinal);
    }

    private static bool IsQuantifierLike(string[] words) => words.Length > 0 && SpeakerLexicon.Default.IsQuantifier(SpeakerLexicon.Fold(words[0]));
}
