using System.Text;

namespace Stance.Text;

/// <summary>
/// The token-to-id map of an <see cref="ArabicTokenizer"/>: learned from a corpus, saved and loaded
/// as UTF-8 text (one token a line, the line number is the id). Id 0 is the unknown token.
/// </summary>
/// <remarks>Immutable and safe to share across threads. Ids are stable for a given vocabulary: they
/// depend only on the file (or, when learned, on the token counts, ties broken by ordinal order).</remarks>
public sealed class TokenVocabulary
{
    /// <summary>The unknown token, always id 0.</summary>
    public const string UnknownToken = "[UNK]";

    private const string Header = "#stance-vocabulary 1";
    private readonly string[] _tokens;
    private readonly Dictionary<string, int> _ids;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    private TokenVocabulary(string[] tokens)
    {
        _tokens = tokens;
        _ids = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!_ids.TryAdd(tokens[i], i))
                throw new InvalidDataException($"The vocabulary lists the token '{tokens[i]}' twice (ids {_ids[tokens[i]]} and {i}).");
        }
#if NET9_0_OR_GREATER
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>A vocabulary that holds only the unknown token.</summary>
    public static TokenVocabulary Empty { get; } = new([UnknownToken]);

    /// <summary>The number of tokens, the unknown token included.</summary>
    public int Count => _tokens.Length;

    /// <summary>The token with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The token text (clitics carry a <c>+</c> on their joining side).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The id is not in the vocabulary.</exception>
    public string this[int id] => (uint)id < (uint)_tokens.Length ? _tokens[id] : throw new ArgumentOutOfRangeException(nameof(id), id, "The id is not in the vocabulary.");

    /// <summary>Looks up a token.</summary>
    /// <param name="token">The token text.</param>
    /// <returns>Its id, or 0 (the unknown token) when it is not in the vocabulary.</returns>
    public int GetId(ReadOnlySpan<char> token)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(token, out int id) ? id : 0;
#else
        return _ids.TryGetValue(token.ToString(), out int id) ? id : 0;
#endif
    }

    /// <summary>Whether the token is in the vocabulary.</summary>
    /// <param name="token">The token text.</param>
    /// <returns><see langword="true"/> if it has an id other than the unknown token's.</returns>
    public bool Contains(ReadOnlySpan<char> token) => GetId(token) != 0;

    /// <summary>Learns a vocabulary from texts with a tokenizer.</summary>
    /// <param name="texts">The corpus.</param>
    /// <param name="tokenizer">The tokenizer whose tokens are counted.</param>
    /// <param name="minCount">The least number of occurrences a token needs to enter the vocabulary.</param>
    /// <returns>The vocabulary: the unknown token, then the tokens by descending count, ties in ordinal order.</returns>
    public static TokenVocabulary Learn(IEnumerable<string> texts, ArabicTokenizer tokenizer, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (text is null)
                continue;
            foreach (var token in tokenizer.EncodeToTokens(text, out _))
                counts[token.Value] = counts.GetValueOrDefault(token.Value) + 1;
        }

        var tokens = counts.Where(kv => kv.Value >= minCount && kv.Key != UnknownToken && !kv.Key.Contains('\n'))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key);
        return new TokenVocabulary([UnknownToken, .. tokens]);
    }

    /// <summary>Creates a vocabulary from tokens in id order.</summary>
    /// <param name="tokens">The tokens; the unknown token is put first if it is not there.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="InvalidDataException">A token is repeated, empty or holds a line break.</exception>
    public static TokenVocabulary FromTokens(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var list = new List<string> { UnknownToken };
        foreach (var t in tokens)
        {
            if (string.IsNullOrEmpty(t) || t.Contains('\n') || t.Contains('\r'))
                throw new InvalidDataException("A vocabulary token is empty or holds a line break.");
            if (t != UnknownToken)
                list.Add(t);
        }

        return new TokenVocabulary([.. list]);
    }

    /// <summary>Writes the vocabulary as UTF-8 text.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        for (int i = 1; i < _tokens.Length; i++)
            writer.WriteLine(_tokens[i]);
    }

    /// <summary>Writes the vocabulary to a file.</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a vocabulary written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The source.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="InvalidDataException">The data is not a Stance vocabulary.</exception>
    public static TokenVocabulary Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        string? first;
        try
        {
            first = reader.ReadLine();
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("The vocabulary is not valid UTF-8.", e);
        }

        if (first != Header)
            throw new InvalidDataException($"Not a Stance vocabulary: the first line must be '{Header}'.");
        var tokens = new List<string> { UnknownToken };
        int line = 1;
        try
        {
            while (reader.ReadLine() is { } token)
            {
                line++;
                if (token.Length == 0)
                    throw new InvalidDataException($"Line {line} of the vocabulary is empty.");
                tokens.Add(token);
            }
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"The vocabulary is not valid UTF-8 after line {line}.", e);
        }

        return new TokenVocabulary([.. tokens]);
    }

    /// <summary>Reads a vocabulary file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The vocabulary.</returns>
    public static TokenVocabulary Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }
}
