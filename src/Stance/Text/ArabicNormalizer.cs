using System.Buffers;
using Microsoft.ML.Tokenizers;

namespace Stance.Text;

/// <summary>
/// Normalizes Arabic text for matching and classification: removes tashkeel, tatweel and invisible
/// marks, unifies letter, digit and punctuation variants and folds white space, in one pass.
/// </summary>
/// <remarks>
/// <para>The output is never longer than the input: every output character comes from exactly one
/// input character (or one white-space run), so <see cref="Normalize(ReadOnlySpan{char}, Span{char}, Span{int})"/>
/// can report, for each output position, the index of the input character it came from.</para>
/// <para>Normalization is idempotent. A lone surrogate becomes U+FFFD. Instances are immutable and
/// safe to share across threads.</para>
/// </remarks>
public sealed class ArabicNormalizer : Normalizer
{
    private const int Drop = -1;
    private static readonly Lazy<ArabicNormalizer> s_default = new(() => new ArabicNormalizer(ArabicNormalizerOptions.Default));

    // For each code unit: its normalized form, or Drop. Built once per options value.
    private readonly int[] _map;
    private readonly bool _foldWhiteSpace;

    /// <summary>Creates a normalizer with the given options.</summary>
    /// <param name="options">The steps to apply; <see langword="null"/> for the defaults.</param>
    public ArabicNormalizer(ArabicNormalizerOptions? options = null)
    {
        Options = options ?? ArabicNormalizerOptions.Default;
        _foldWhiteSpace = Options.FoldWhiteSpace;
        _map = BuildMap(Options);
    }

    /// <summary>The shared normalizer with the default options.</summary>
    public static ArabicNormalizer Default => s_default.Value;

    /// <summary>The options this normalizer applies.</summary>
    public ArabicNormalizerOptions Options { get; }

    /// <inheritdoc />
    public override string Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Normalize(original.AsSpan());
    }

    /// <inheritdoc />
    public override string Normalize(ReadOnlySpan<char> original)
    {
        if (original.IsEmpty)
            return string.Empty;
        char[]? rented = null;
        Span<char> buffer = original.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(original.Length));
        try
        {
            int written = Normalize(original, buffer, default);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Receives the normalized text; at least <c>source.Length</c> long.</param>
    /// <param name="sourceIndices">Empty, or at least <c>source.Length</c> long: receives, for each
    /// written character, the index in <paramref name="source"/> it came from (for a folded white-space
    /// run, the index of the run's first character).</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException">A buffer is too short.</exception>
    public int Normalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndices)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        bool map = !sourceIndices.IsEmpty;
        if (map && sourceIndices.Length < source.Length)
            throw new ArgumentException("The index map must be empty or at least as long as the source.", nameof(sourceIndices));

        int[] table = _map;
        int written = 0;
        int pendingSpace = -1; // index of the first white space of a run not yet written
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            CharClass cls = CharTables.Classes[c];
            if (cls == CharClass.WhiteSpace && _foldWhiteSpace)
            {
                if (pendingSpace < 0 && written > 0)
                    pendingSpace = i;
                continue;
            }

            int value;
            if (cls == CharClass.Surrogate)
            {
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    if (pendingSpace >= 0)
                        Put(destination, sourceIndices, map, ref written, ' ', pendingSpace, ref pendingSpace);
                    destination[written] = c;
                    if (map)
                        sourceIndices[written] = i;
                    written++;
                    i++;
                    destination[written] = source[i];
                    if (map)
                        sourceIndices[written] = i;
                    written++;
                    continue;
                }

                value = '\uFFFD';
            }
            else
            {
                value = table[c];
                if (value == Drop)
                    continue;
            }

            if (pendingSpace >= 0)
                Put(destination, sourceIndices, map, ref written, ' ', pendingSpace, ref pendingSpace);
            destination[written] = (char)value;
            if (map)
                sourceIndices[written] = i;
            written++;
        }

        return written;
    }

    private static void Put(Span<char> destination, Span<int> indices, bool map, ref int written, char c, int index, ref int pendingSpace)
    {
        destination[written] = c;
        if (map)
            indices[written] = index;
        written++;
        pendingSpace = -1;
    }

    /// <summary>Folds a single character with the default options (letters, digits and punctuation),
    /// or returns <see langword="false"/> if normalization removes it.</summary>
    internal bool TryFold(char c, out char folded)
    {
        int v = _map[c];
        folded = (char)v;
        return v != Drop;
    }

    private static int[] BuildMap(ArabicNormalizerOptions o)
    {
        var map = new int[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            CharClass cls = CharTables.Classes[c];
            map[i] = cls switch
            {
                CharClass.Diacritic when o.RemoveDiacritics => Drop,
                CharClass.Tatweel when o.RemoveTatweel => Drop,
                CharClass.Ignorable when o.RemoveFormatCharacters => Drop,
                _ => FoldOne(c, cls, o),
            };
        }

        return map;
    }

    private static char FoldOne(char c, CharClass cls, ArabicNormalizerOptions o)
    {
        // Follow the fold table to its fixed point (a presentation form folds to a hamza-alef, which
        // folds to a bare alef), applying only the families the options select.
        for (int guard = 0; guard < 4; guard++)
        {
            char f = CharTables.Fold[c];
            if (f == c)
                break;
            bool allowed = cls switch
            {
                CharClass.ArabicLetter => IsAlefFold(c, f) ? o.UnifyAlef : IsYehFold(f) ? o.UnifyYeh : o.UnifyAlef,
                CharClass.Digit => o.UnifyDigits,
                CharClass.OtherLetter => o.LowercaseLatin,
                CharClass.Punctuation or CharClass.Symbol => o.UnifyPunctuation,
                _ => false,
            };
            if (!allowed)
                break;
            c = f;
            cls = CharTables.Classes[c];
        }

        if (o.FoldTaaMarbuta && c == 'ة')
            c = 'ه';
        return c;
    }

    private static bool IsAlefFold(char from, char to) => to == 'ا' || from is >= '\uFB50' and <= '\uFEFC';

    private static bool IsYehFold(char to) => to is 'ي' or 'ك' or 'ه';
}
