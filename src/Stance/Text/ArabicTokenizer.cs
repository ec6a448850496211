using System.Buffers;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Stance.Text;

/// <summary>
/// A <see cref="Tokenizer"/> for Arabic news text: words, numbers, Latin runs and punctuation as
/// separate tokens, with optional conservative clitic segmentation, normalized token values, and
/// ids from a <see cref="TokenVocabulary"/>.
/// </summary>
/// <remarks>
/// <para>Token offsets always refer to the <b>original</b> text, whatever the normalization; the
/// results' <c>NormalizedText</c> is therefore <see langword="null"/>. Split-off clitics carry a
/// <c>+</c> on their joining side (<c>و+</c>, <c>ال+</c>, <c>+ها</c>) so that
/// <see cref="Decode(IEnumerable{int})"/> can rejoin them.</para>
/// <para><see cref="CountTokens(string, ReadOnlySpan{char}, EncodeSettings)"/> and the id path
/// allocate nothing per token (on .NET 9 and later the vocabulary lookup is allocation-free too).
/// Words longer than 64 UTF-16 code units are one token and map to the unknown id.</para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
public sealed class ArabicTokenizer : Tokenizer
{
    private const int MarkedCapacity = TokenScanner.MaxWordLength + 2;
    private static readonly Lazy<ArabicTokenizer> s_default = new(() => new ArabicTokenizer(LoadDefaultVocabulary()));

    private readonly ArabicNormalizer _normalizer;
    private readonly CliticRules? _clitics;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="vocabulary">The vocabulary for ids; <see langword="null"/> for one that knows no token.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ArabicTokenizer(TokenVocabulary? vocabulary = null, ArabicTokenizerOptions? options = null)
    {
        Options = options ?? ArabicTokenizerOptions.Default;
        Vocabulary = vocabulary ?? TokenVocabulary.Empty;
        _normalizer = Options.Normalization == ArabicNormalizerOptions.Default ? ArabicNormalizer.Default : new ArabicNormalizer(Options.Normalization);
        _clitics = Options.SegmentClitics ? CliticRules.Default : null;
    }

    /// <summary>The tokenizer with the default options and the vocabulary learned from the project's
    /// training corpus. Shared; safe across threads.</summary>
    /// <returns>The default tokenizer.</returns>
    public static ArabicTokenizer CreateDefault() => s_default.Value;

    /// <summary>The options.</summary>
    public ArabicTokenizerOptions Options { get; }

    /// <summary>The vocabulary that gives ids.</summary>
    public TokenVocabulary Vocabulary { get; }

    /// <inheritdoc />
    public override Normalizer? Normalizer => _normalizer;

    /// <inheritdoc />
    public override PreTokenizer? PreTokenizer => ArabicPreTokenizer.Instance;

    /// <summary>Returns a tokenizer with the same options and another vocabulary.</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <returns>A new tokenizer.</returns>
    public ArabicTokenizer WithVocabulary(TokenVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new ArabicTokenizer(vocabulary, Options);
    }

    /// <inheritdoc />
    protected override EncodeResults<EncodedToken> EncodeToTokens(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
    {
        ReadOnlySpan<char> span = text is null ? textSpan : text.AsSpan();
        int max = settings.MaxTokenCount;
        bool normalize = settings.ConsiderNormalization;
        var tokens = new List<EncodedToken>();
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(span, _normalizer, _clitics, ref buffers);
        Span<char> marked = stackalloc char[MarkedCapacity];
        int consumed = 0;
        while (tokens.Count < max && scanner.MoveNext())
        {
            string value;
            if (!normalize)
                value = Mark(span.Slice(scanner.Start, scanner.Length).ToString(), scanner.Piece);
            else if (scanner.HasValue)
                value = new string(MarkInto(scanner.Value, scanner.Piece, marked));
            else
                value = _normalizer.Normalize(span.Slice(scanner.Start, scanner.Length));
            int id = scanner.HasValue ? Vocabulary.GetId(MarkInto(scanner.Value, scanner.Piece, marked)) : 0;
            tokens.Add(new EncodedToken(id, value, new Range(scanner.Start, scanner.Start + scanner.Length)));
            consumed = scanner.Start + scanner.Length;
        }

        return new EncodeResults<EncodedToken> { Tokens = tokens, NormalizedText = null, CharsConsumed = tokens.Count < max ? span.Length : consumed };
    }

    /// <inheritdoc />
    protected override EncodeResults<int> EncodeToIds(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
    {
        var ids = new List<int>();
        int consumed = EncodeToIds(text is null ? textSpan : text.AsSpan(), ids, settings.MaxTokenCount);
        return new EncodeResults<int> { Tokens = ids, NormalizedText = null, CharsConsumed = consumed };
    }

    /// <summary>Appends the ids of the tokens of <paramref name="text"/> to <paramref name="destination"/>
    /// without allocating per token.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">Receives the ids.</param>
    /// <param name="maxTokenCount">The most ids to add.</param>
    /// <returns>The number of characters of <paramref name="text"/> consumed.</returns>
    public int EncodeToIds(ReadOnlySpan<char> text, List<int> destination, int maxTokenCount = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTokenCount);
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(text, _normalizer, _clitics, ref buffers);
        Span<char> marked = stackalloc char[MarkedCapacity];
        int added = 0, consumed = 0;
        while (added < maxTokenCount && scanner.MoveNext())
        {
            destination.Add(scanner.HasValue ? Vocabulary.GetId(MarkInto(scanner.Value, scanner.Piece, marked)) : 0);
            added++;
            consumed = scanner.Start + scanner.Length;
        }

        return added < maxTokenCount ? text.Length : consumed;
    }

    /// <inheritdoc />
    protected override int CountTokens(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings)
        => CountTokens(text is null ? textSpan : text.AsSpan(), settings.MaxTokenCount);

    private int CountTokens(ReadOnlySpan<char> text, int max) => TokenCounter.Count(text, _normalizer, _clitics, max);

    /// <inheritdoc />
    protected override int GetIndexByTokenCount(string? text, ReadOnlySpan<char> textSpan, EncodeSettings settings, bool fromEnd, out string? normalizedText, out int tokenCount)
    {
        ReadOnlySpan<char> span = text is null ? textSpan : text.AsSpan();
        int max = settings.MaxTokenCount;
        normalizedText = null;
        var buffers = new ScannerBuffers();
        if (!fromEnd)
        {
            var scanner = new TokenScanner(span, _normalizer, _clitics, ref buffers);
            int count = 0, end = 0;
            while (count < max && scanner.MoveNext())
            {
                count++;
                end = scanner.Start + scanner.Length;
            }

            tokenCount = count;
            return count < max ? span.Length : end;
        }

        int total = CountTokens(span, int.MaxValue);
        if (total <= max)
        {
            tokenCount = total;
            return 0;
        }

        int skip = total - max;
        var second = new TokenScanner(span, _normalizer, _clitics, ref buffers);
        int seen = 0;
        while (second.MoveNext())
        {
            if (seen++ == skip)
                break;
        }

        tokenCount = max;
        return second.Start;
    }

    /// <inheritdoc />
    public override string Decode(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sb = new StringBuilder();
        bool glue = true;
        foreach (int id in ids)
        {
            string token = Vocabulary[id];
            AppendToken(sb, token, ref glue);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override OperationStatus Decode(IEnumerable<int> ids, Span<char> destination, out int idsConsumed, out int charsWritten)
    {
        ArgumentNullException.ThrowIfNull(ids);
        idsConsumed = 0;
        charsWritten = 0;
        bool glue = true;
        foreach (int id in ids)
        {
            if ((uint)id >= (uint)Vocabulary.Count)
                return OperationStatus.InvalidData;
            string token = Vocabulary[id];
            bool space = NeedsSpace(token, glue);
            ReadOnlySpan<char> core = Unmark(token);
            int need = core.Length + (space ? 1 : 0);
            if (charsWritten + need > destination.Length)
                return OperationStatus.DestinationTooSmall;
            if (space)
                destination[charsWritten++] = ' ';
            core.CopyTo(destination[charsWritten..]);
            charsWritten += core.Length;
            glue = token.Length > 1 && token[^1] == '+';
            idsConsumed++;
        }

        return OperationStatus.Done;
    }

    private static void AppendToken(StringBuilder sb, string token, ref bool glue)
    {
        if (NeedsSpace(token, glue))
            sb.Append(' ');
        sb.Append(Unmark(token));
        glue = token.Length > 1 && token[^1] == '+';
    }

    private static bool NeedsSpace(string token, bool glue) => !glue && !(token.Length > 1 && token[0] == '+');

    private static ReadOnlySpan<char> Unmark(string token)
    {
        if (token.Length > 1 && token[^1] == '+')
            return token.AsSpan(0, token.Length - 1);
        if (token.Length > 1 && token[0] == '+')
            return token.AsSpan(1);
        return token;
    }

    /// <summary>The vocabulary form of a piece: its value with the clitic marker.</summary>
    internal static ReadOnlySpan<char> MarkInto(ReadOnlySpan<char> value, PieceKind piece, Span<char> buffer)
    {
        switch (piece)
        {
            case PieceKind.Stem:
                return value;
            case PieceKind.Suffix:
                buffer[0] = '+';
                value.CopyTo(buffer[1..]);
                return buffer[..(value.Length + 1)];
            default:
                value.CopyTo(buffer);
                buffer[value.Length] = '+';
                return buffer[..(value.Length + 1)];
        }
    }

    private static string Mark(string value, PieceKind piece) => piece switch
    {
        PieceKind.Stem => value,
        PieceKind.Suffix => "+" + value,
        _ => value + "+",
    };

    // Built from the training corpus by 'stance vocabulary data/train --out src/Stance/Resources/default-vocabulary.txt'
    // (a test checks that it is what that command gives). A build without it is broken: say so
    // rather than give ids that are all unknown.
    private static TokenVocabulary LoadDefaultVocabulary()
    {
        using var stream = typeof(ArabicTokenizer).Assembly.GetManifestResourceStream(DefaultVocabularyResource)
            ?? throw new InvalidOperationException($"The package carries no {DefaultVocabularyResource}; this build of Stance is incomplete.");
        return TokenVocabulary.Load(stream);
    }

    internal const string DefaultVocabularyResource = "Stance.Resources.default-vocabulary.txt";
}
