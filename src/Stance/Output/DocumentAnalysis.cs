namespace Stance;

/// <summary>The analysis of one document: its sentences in order.</summary>
/// <param name="DocumentId">The identifier the caller gave, or <see langword="null"/>.</param>
/// <param name="Sentences">The sentences, in the order they appear in the text.</param>
public sealed record DocumentAnalysis(string? DocumentId, IReadOnlyList<SentenceStance> Sentences)
{
    /// <summary>When the document was published, where the caller knows it (the analyzer does not
    /// read dates from the text): set it with <c>analysis with { Date = … }</c>, or from a table of
    /// dates with <see cref="IO.DocumentDates"/>. <see cref="StanceTimeline"/> counts dated documents by month.</summary>
    public DateOnly? Date { get; init; }
}
