namespace Stance.Tests.Api;

public sealed class SummaryTests
{
    private static SentenceStance S(StanceLabel label, string? speaker, SpeakerKind kind = SpeakerKind.Person) =>
        new("x", label, speaker is null ? null : new Speaker(speaker) { Kind = kind });

    [Fact]
    public void CountsAndSharesPerSpeakerAndDocument()
    {
        var docs = new[]
        {
            new DocumentAnalysis("a", [S(StanceLabel.Pro, "س"), S(StanceLabel.Pro, "س"), S(StanceLabel.Neutral, null)]),
            new DocumentAnalysis("b", [S(StanceLabel.Anti, "س"), S(StanceLabel.Anti, "البنتاغون", SpeakerKind.Organization)]),
        };
        var summary = StanceSummary.Of(docs);
        var s = summary.Speakers[0];
        Assert.Equal(("س", SpeakerKind.Person, 2), (s.Speaker, s.Kind, s.Documents));
        Assert.Equal(new StanceCounts(2, 1, 0), s.Counts);
        Assert.Equal(2.0 / 3, s.Counts.ProShare, 9);
        Assert.Contains(summary.Speakers, r => r.Speaker is null && r.Kind == SpeakerKind.Narrator && r.Counts.Neutral == 1);
        Assert.Equal(new StanceCounts(2, 2, 1), summary.Total);
        Assert.Equal(["a", "b"], summary.Documents.Select(d => d.DocumentId));
        Assert.Equal(new StanceCounts(0, 2, 0), summary.Documents[1].Counts);
    }

    [Fact]
    public void SpeakersLeftUnnamedFormOneRowWithoutAName()
    {
        var docs = new[]
        {
            new DocumentAnalysis("a", [new SentenceStance("x", StanceLabel.Pro, Speaker.Unknown), S(StanceLabel.Neutral, null)]),
            new DocumentAnalysis("b", [new SentenceStance("y", StanceLabel.Anti, Speaker.Unknown)]),
        };
        var unknown = Assert.Single(StanceSummary.Of(docs).Speakers, r => r.Kind == SpeakerKind.Unknown);
        Assert.Null(unknown.Speaker);
        Assert.Equal((2, new StanceCounts(1, 1, 0)), (unknown.Documents, unknown.Counts));
    }

    [Fact]
    public void EmptyInputGivesEmptySummaryWithZeroShares()
    {
        var summary = StanceSummary.Of([]);
        Assert.Empty(summary.Speakers);
        Assert.Equal(0, summary.Total.ProShare);
    }
}
