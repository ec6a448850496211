using Stance.Text;
using System.Text;

namespace Stance.Speakers;

/// <summary>The text of a mention as written, without quote marks, attached prepositions and hashtag
/// underscores.</summary>
internal static class MentionText
{
    /// <summary>The text of tokens [<paramref name="start"/>, <paramref name="end"/>) of a mention.</summary>
    public static string Of(string text, List<SpeakerToken> tokens, Mention m, int start, int end)
    {
        if (start < 0 || end <= start || start >= tokens.Count)
            return string.Empty;
        end = Math.Min(end, tokens.Count);
        int from = tokens[start].Start;
        string lead = string.Empty;
        if (start == m.Start && m.PrefixChars > 0)
        {
            from += m.PrefixChars;
            if (m.PrefixIsLam)
            {
                lead = "ا"; // "للخارجية" is written "الخارجية" on its own
            }
        }

        int to = tokens[end - 1].End;
        var sb = new StringBuilder(lead, to - from + 1);
        bool space = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (QuotationMarks.Chars.Contains(c) || c == '\u0640')
                continue;
            if (char.IsWhiteSpace(c) || c == '_')
            {
                // "#أثيل_النجيفي": a hashtag's underscore stands for a space.
                space = sb.Length > 0;
                continue;
            }

            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString().Trim();
    }
}
