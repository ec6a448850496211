namespace Stance.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>An Arabic word, or one piece of it when clitics are split.</summary>
    Word,

    /// <summary>A run of digits, with inner decimal or thousands separators.</summary>
    Number,

    /// <summary>A run of letters of another script, with digits.</summary>
    Latin,

    /// <summary>One punctuation mark.</summary>
    Punctuation,

    /// <summary>One symbol, emoji or other character.</summary>
    Symbol,
}
