namespace Stance.Text;

/// <summary>Options of <see cref="SentenceSegmenter"/>.</summary>
public sealed record SentenceSegmenterOptions
{
    /// <summary>The default options.</summary>
    public static SentenceSegmenterOptions Default { get; } = new();

    /// <summary>The smallest allowed <see cref="MaxSentenceLength"/>.</summary>
    public const int MinMaxSentenceLength = 64;

    /// <summary>
    /// The longest sentence, in UTF-16 code units, that the segmenter returns (default 4,096). Text
    /// that runs longer without a boundary (a page with no punctuation, an unclosed quotation) is cut
    /// at the last white space before the limit, or at the limit itself when there is none, never
    /// inside a surrogate pair. This bounds the work per sentence and keeps segmentation linear.
    /// </summary>
    public int MaxSentenceLength { get; init; } = 4096;

    /// <summary>Words that end with a full stop without ending the sentence (Latin abbreviations and
    /// titles). Single letters before a full stop (initials, Arabic abbreviations such as «د.») are
    /// always treated as abbreviations.</summary>
    public IReadOnlyCollection<string> Abbreviations { get; init; } =
        ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Gov", "Sen", "Rep", "Adm", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e"];
}
