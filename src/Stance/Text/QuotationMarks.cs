using System.Buffers;

namespace Stance.Text;

/// <summary>The quotation marks of Arabic and Latin news text, in one place: the speaker lexicon
/// strips them from names, the stance featurizer from what it learns from.</summary>
internal static class QuotationMarks
{
    /// <summary>The marks: straight and curly double quotes, guillemets, low-9 and reversed quotes,
    /// the apostrophe and the backtick used as quotes.</summary>
    public const string Chars = "\"«»“”„‟'`‹›";

    private static readonly SearchValues<char> s_marks = SearchValues.Create(Chars);

    /// <summary>The text without quotation marks (the same instance when it has none).</summary>
    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(s_marks) < 0)
            return text;
        return string.Create(text.Length - Count(text), text, static (destination, source) =>
        {
            int n = 0;
            foreach (char c in source)
            {
                if (!s_marks.Contains(c))
                    destination[n++] = c;
            }
        });
    }

    /// <summary>Removes the marks from <paramref name="text"/> in place.</summary>
    /// <returns>The text without them (a prefix of <paramref name="text"/>).</returns>
    public static Span<char> StripInPlace(Span<char> text)
    {
        if (text.IndexOfAny(s_marks) < 0)
            return text;
        int n = 0;
        foreach (char c in text)
        {
            if (!s_marks.Contains(c))
                text[n++] = c;
        }

        return text[..n];
    }

    private static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        int i;
        while ((i = text.IndexOfAny(s_marks)) >= 0)
        {
            count++;
            text = text[(i + 1)..];
        }

        return count;
    }
}
