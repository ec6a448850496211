namespace Stance.Classification;

/// <summary>
/// Reads back the characters of a character n-gram from the slot name ML.NET gives it: the key values
/// of <c>TokenizeIntoCharactersAsKeys</c> joined with <c>|</c>, where a key value is the character
/// itself, or a picture of it for control characters, space and a few others (<c>&lt;␂&gt;</c> for the
/// start marker, <c>&lt;␠&gt;</c> for space).
/// </summary>
/// <remarks>ML.NET writes every surrogate code unit with the same text, so a name holding one cannot be
/// read back: such names are reported as unreadable, and sentences with surrogates take the ML.NET
/// path (see <see cref="SparseStanceScorer"/>).</remarks>
internal static class CharSlotNames
{
    /// <summary>The longest character n-gram that packs into one 64-bit key.</summary>
    public const int MaxLength = 4;

    // The pictures ML.NET uses instead of the character (TokenizingByCharactersTransformer).
    private static readonly (string Name, char Char)[] s_pictures = BuildPictures();

    /// <summary>Reads the characters of a slot name.</summary>
    /// <param name="name">The slot name.</param>
    /// <param name="chars">Receives the characters (at least <see cref="MaxLength"/> long).</param>
    /// <returns>The n-gram's length, or −1 when the name cannot be read back or is longer than
    /// <see cref="MaxLength"/>.</returns>
    public static int TryRead(ReadOnlySpan<char> name, Span<char> chars)
    {
        int n = 0, pos = 0;
        while (pos < name.Length)
        {
            if (n == chars.Length || n == MaxLength)
                return -1;
            int width = PieceAt(name, pos, out char c);
            if (width <= 0)
                return -1;
            chars[n++] = c;
            pos += width;
            if (pos == name.Length)
                break;
            if (name[pos] != '|' || pos + 1 == name.Length)
                return -1;
            pos++;
        }

        return n;
    }

    /// <summary>Packs up to four characters into one key (16 bits each, first character lowest).</summary>
    public static ulong Pack(ReadOnlySpan<char> chars)
    {
        ulong key = 0;
        for (int i = 0; i < chars.Length; i++)
            key |= (ulong)chars[i] << (16 * i);
        return key;
    }

    // A piece ends at the end of the name or before a separator.
    private static int PieceAt(ReadOnlySpan<char> name, int pos, out char c)
    {
        var rest = name[pos..];
        if (rest[0] == '<')
        {
            foreach (var (picture, ch) in s_pictures)
            {
                if (rest.StartsWith(picture, StringComparison.Ordinal) && EndsPiece(rest, picture.Length))
                {
                    c = ch;
                    return picture.Length;
                }
            }
        }
        else if (rest[0] == '\\' && rest.Length > 1 && rest[1] == 'u')
        {
            c = '\0';
            return -1; // a surrogate's shared picture
        }

        c = rest[0];
        return EndsPiece(rest, 1) ? 1 : -1;
    }

    private static bool EndsPiece(ReadOnlySpan<char> rest, int width) => rest.Length == width || rest[width] == '|';

    private static (string, char)[] BuildPictures()
    {
        var pictures = new List<(string, char)>();
        for (char c = '\u0001'; c <= ' '; c++)
            pictures.Add(("<" + (char)(c + '\u2400') + ">", c));
        pictures.Add(("<\u2421>", '\u007f'));
        string[] c1 = ["PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
            "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM", "APC"];
        for (int i = 0; i < c1.Length; i++)
            pictures.Add(("<" + c1[i] + ">", (char)(0x80 + i)));
        pictures.Add(("<LSEP>", '\u2028'));
        pictures.Add(("<PSEP>", '\u2029'));
        // Longest first, so that "<SS2>" is not read as a shorter picture.
        return [.. pictures.OrderByDescending(p => p.Item1.Length)];
    }
}
