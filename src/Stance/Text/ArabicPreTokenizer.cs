using Microsoft.ML.Tokenizers;

namespace Stance.Text;

/// <summary>
/// Splits text into words, numbers, Latin runs, punctuation marks and symbols, with offsets into the
/// original text. Diacritics and tatweel stay inside their word; white space makes no token.
/// </summary>
/// <remarks>Stateless and safe to share across threads.</remarks>
public sealed class ArabicPreTokenizer : PreTokenizer
{
    /// <summary>The shared instance.</summary>
    public static ArabicPreTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        return PreTokenize(text.AsSpan());
    }

    /// <inheritdoc />
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text)
    {
        var result = new List<(int Offset, int Length)>();
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(text, ArabicNormalizer.Default, clitics: null, ref buffers);
        while (scanner.MoveNext())
            result.Add((scanner.Start, scanner.Length));
        return result;
    }
}
