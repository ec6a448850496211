namespace Stance;

/// <summary>The analysis of one document: its sentences in order.</summary>
/// <param name="DocumentId">The identifier the caller gave, or <see langword="null"/>.</param>
/// <param name="Sentences">The sentences, in the order they appear in the text.</param>
public sealed record DocumentAnalysis(string? DocumentId, IReadOnlyList<SentenceStance> Sentences);
