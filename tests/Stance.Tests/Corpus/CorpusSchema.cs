namespace Stance.Tests.Corpus;

/// <summary>The allowed values of the corpus schema (data/README.md).</summary>
internal static class CorpusSchema
{
    public static readonly string[] Keys = ["doc", "start", "length", "text", "stance", "speaker", "speakerKind", "role", "cue", "note", "tags", "sources"];

    /// <summary>Keys a row may leave out: tags, and the sources that informed a document (batches
    /// written before the corpus was grounded in real reporting have none).</summary>
    public static readonly string[] OptionalKeys = ["tags", "sources"];
    public static readonly string[] Labels = ["pro-withdrawal", "anti-withdrawal", "neutral"];
    public static readonly string[] Kinds = ["person", "organization", "anonymous", "media", "narrator"];
    public static readonly string[] TagNames = ["headline", "negation", "hedge", "neutral-topic", "offtopic", "dialect", "social", "continuation", "spelling", "furniture"];

    /// <summary>Folds what a copy would keep but a retyping might change, so that overlap checks
    /// catch near-copies: tashkeel, tatweel, alef/ya/ta-marbuta forms, punctuation and spacing.</summary>
    public static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
                continue;
            char d = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            };
            if (char.IsLetterOrDigit(d))
                sb.Append(d);
        }

        return sb.ToString();
    }
}
