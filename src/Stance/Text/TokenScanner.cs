using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Stance.Text;

/// <summary>
/// Walks a text once and yields its tokens with their ranges in the original text and, for short
/// tokens, their normalized value: the allocation-free core that the tokenizer, the pre-tokenizer and
/// the features share.
/// </summary>
/// <remarks>Words are runs of Arabic letters with the diacritics, tatweel and invisible marks inside
/// them; numbers are digit runs with inner separators; Latin runs are letters of other scripts with
/// digits; every punctuation mark and symbol is a token of its own (a surrogate pair is one symbol);
/// white space, and marks that stand outside any word, make no token.</remarks>
internal ref struct TokenScanner
{
    /// <summary>Words longer than this (in UTF-16 code units) are not normalized nor segmented
    /// while scanning; they are one token each.</summary>
    public const int MaxWordLength = 64;

    private readonly ReadOnlySpan<char> _text;
    private readonly ArabicNormalizer _normalizer;
    private readonly CliticRules? _clitics;
    private readonly Span<char> _value;
    private readonly Span<int> _map;
    private readonly Span<int> _cuts;
    private readonly Span<PieceKind> _kinds;
    private int _position;
    private int _piece;
    private int _pieceCount;
    private int _wordStart;
    private int _wordEnd;
    private int _normalizedLength;

    /// <summary>Creates a scanner.</summary>
    /// <param name="text">The text.</param>
    /// <param name="normalizer">The normalizer that gives token values.</param>
    /// <param name="clitics">The clitic rules, or <see langword="null"/> to keep words whole.</param>
    /// <param name="buffers">Scratch space from <see cref="ScannerBuffers"/>.</param>
    public TokenScanner(ReadOnlySpan<char> text, ArabicNormalizer normalizer, CliticRules? clitics, ref ScannerBuffers buffers)
    {
        _text = text;
        _normalizer = normalizer;
        _clitics = clitics;
        _value = buffers.Value;
        _map = buffers.Map;
        _cuts = buffers.Cuts;
        _kinds = buffers.Kinds;
        _position = 0;
        _piece = 0;
        _pieceCount = 0;
    }

    /// <summary>The start of the current token in the original text.</summary>
    public int Start { get; private set; }

    /// <summary>The length of the current token in the original text.</summary>
    public int Length { get; private set; }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The clitic role of the current token when it is a word piece.</summary>
    public PieceKind Piece { get; private set; }

    /// <summary>Whether <see cref="Value"/> holds the normalized token; false for tokens longer than
    /// <see cref="MaxWordLength"/>.</summary>
    public bool HasValue { get; private set; }

    /// <summary>The normalized value of the current token (without clitic markers).</summary>
    public ReadOnlySpan<char> Value { get; private set; }

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        if (_piece < _pieceCount)
        {
            EmitPiece();
            return true;
        }

        ReadOnlySpan<char> text = _text;
        int i = _position;
        while (i < text.Length)
        {
            char c = text[i];
            switch (CharTables.Classes[c])
            {
                case CharClass.ArabicLetter:
                    ScanWord(i);
                    return true;
                case CharClass.Digit:
                    ScanRun(i, TokenKind.Number);
                    return true;
                case CharClass.OtherLetter:
                    ScanRun(i, TokenKind.Latin);
                    return true;
                case CharClass.Punctuation:
                    SetSingle(i, 1, TokenKind.Punctuation);
                    return true;
                case CharClass.Symbol:
                    SetSingle(i, 1, TokenKind.Symbol);
                    return true;
                case CharClass.Surrogate:
                    SetSingle(i, char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1, TokenKind.Symbol);
                    return true;
                default:
                    i++; // white space, or marks outside a word
                    break;
            }
        }

        _position = text.Length;
        return false;
    }

    private void SetSingle(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Piece = PieceKind.Stem;
        _position = start + length;
        int n = _normalizer.Normalize(_text.Slice(start, length), _value, default);
        Value = _value[..n];
        HasValue = true;
    }

    private void ScanRun(int start, TokenKind kind)
    {
        ReadOnlySpan<char> text = _text;
        int i = start + 1;
        while (i < text.Length)
        {
            CharClass cls = CharTables.Classes[text[i]];
            if (cls == CharClass.Digit || (kind == TokenKind.Latin && cls == CharClass.OtherLetter))
            {
                i++;
                continue;
            }

            // 2.5, 2,500, ٢٫٥: a separator between digits stays inside the number.
            if (kind == TokenKind.Number && text[i] is '.' or ',' or '٫' or '٬' && i + 1 < text.Length && CharTables.Classes[text[i + 1]] == CharClass.Digit)
            {
                i += 2;
                continue;
            }

            break;
        }

        Start = start;
        Length = i - start;
        Kind = kind;
        Piece = PieceKind.Stem;
        _position = i;
        SetValue(start, i - start);
    }

    private void ScanWord(int start)
    {
        ReadOnlySpan<char> text = _text;
        int i = start + 1;
        while (i < text.Length && CharTables.Classes[text[i]] is CharClass.ArabicLetter or CharClass.Diacritic or CharClass.Tatweel or CharClass.Ignorable)
            i++;
        // Invisible marks after the last letter belong to the white space, not the word.
        int end = i;
        while (end > start + 1 && CharTables.Classes[text[end - 1]] == CharClass.Ignorable)
            end--;

        _position = end;
        _wordStart = start;
        _wordEnd = end;
        Kind = TokenKind.Word;
        int length = end - start;
        if (length > MaxWordLength)
        {
            Start = start;
            Length = length;
            Piece = PieceKind.Stem;
            HasValue = false;
            Value = default;
            _pieceCount = 0;
            _piece = 0;
            return;
        }

        _normalizedLength = _normalizer.Normalize(text.Slice(start, length), _value, _map);
        _pieceCount = 1;
        _cuts[0] = 0;
        _cuts[1] = _normalizedLength;
        _kinds[0] = PieceKind.Stem;
        if (_clitics is not null && IsLettersOnly(_value[.._normalizedLength]))
            _pieceCount = _clitics.Split(_value[.._normalizedLength], _cuts, _kinds);
        _piece = 0;
        EmitPiece();
    }

    private void EmitPiece()
    {
        int from = _cuts[_piece], to = _cuts[_piece + 1];
        Start = _wordStart + (from == 0 ? 0 : _map[from]);
        int end = to >= _normalizedLength ? _wordEnd : _wordStart + _map[to];
        Length = end - Start;
        Kind = TokenKind.Word;
        Piece = _kinds[_piece];
        Value = _value[from..to];
        HasValue = true;
        _piece++;
        if (_piece == _pieceCount)
            _pieceCount = 0;
    }

    private void SetValue(int start, int length)
    {
        if (length > MaxWordLength)
        {
            HasValue = false;
            Value = default;
            return;
        }

        int n = _normalizer.Normalize(_text.Slice(start, length), _value, default);
        Value = _value[..n];
        HasValue = true;
    }

    private static bool IsLettersOnly(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (CharTables.Classes[c] != CharClass.ArabicLetter)
                return false;
        }

        return true;
    }
}

/// <summary>Scratch space for a <see cref="TokenScanner"/>, kept on the stack by the caller.</summary>
[InlineArray(TokenScanner.MaxWordLength)]
internal struct CharBuffer
{
    private char _element;
}

/// <summary>Index scratch space for a <see cref="TokenScanner"/>.</summary>
[InlineArray(TokenScanner.MaxWordLength)]
internal struct IntBuffer
{
    private int _element;
}

/// <summary>Piece scratch space for a <see cref="TokenScanner"/>.</summary>
[InlineArray(CliticRules.MaxPieces + 1)]
internal struct CutBuffer
{
    private int _element;
}

/// <summary>Piece-kind scratch space for a <see cref="TokenScanner"/>.</summary>
[InlineArray(CliticRules.MaxPieces + 1)]
internal struct KindBuffer
{
    private PieceKind _element;
}

/// <summary>All the scratch space one scanner needs, as one stack value.</summary>
internal struct ScannerBuffers
{
    private CharBuffer _value;
    private IntBuffer _map;
    private CutBuffer _cuts;
    private KindBuffer _kinds;

    [UnscopedRef]
    public Span<char> Value => _value;

    [UnscopedRef]
    public Span<int> Map => _map;

    [UnscopedRef]
    public Span<int> Cuts => _cuts;

    [UnscopedRef]
    public Span<PieceKind> Kinds => _kinds;
}
