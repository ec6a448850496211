using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Corpus;

/// <summary>The training corpus is shaped like real reporting (the figures of the stance issue,
/// measured on real Arabic news): stance carried without quotation marks, long sentences, page
/// furniture, documents that lead with one voice, few "City –" openings, and topic words with the
/// leanings they have in real news.</summary>
public sealed class CorpusShapeTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> s_train = new(() => CorpusRow.ReadAll(RepoPaths.TrainDir));

    [Fact]
    public void TheCorpusIsShapedLikeRealReporting()
    {
        var shape = CorpusShape.Of(s_train.Value);
        output.WriteLine(shape.ToString());
        Assert.True(shape.SidedWithoutQuotes >= 0.35, $"sided sentences without quotation marks: {shape.SidedWithoutQuotes:P1}");
        Assert.True(shape.SidedWrittenBothWays > 0, "no idea is written both quoted and paraphrased");
        Assert.True(shape.Over40Words >= 0.10, $"sentences over 40 words: {shape.Over40Words:P1}");
        Assert.True(shape.Furniture >= 0.05, $"page furniture: {shape.Furniture:P1}");
        Assert.True(shape.SingleVoiceOpenings >= 0.50, $"documents with one side in their first six sentences: {shape.SingleVoiceOpenings:P1}");
        Assert.True(shape.CityDatelineOpenings <= 0.30, $"documents opening with a City – dateline: {shape.CityDatelineOpenings:P1}");
    }

    [Theory]
    [InlineData("إبقاء", "anti-withdrawal")]
    [InlineData("بقاء", "anti-withdrawal")]
    [InlineData("إخراج", "pro-withdrawal")]
    [InlineData("خروج", "pro-withdrawal")]
    public void TopicWordsKeepTheirRealLeaning(string word, string side)
    {
        var leaning = CorpusShape.Leaning(s_train.Value, word);
        output.WriteLine(string.Join(", ", leaning.Select(l => $"{l.Key} {l.Value:P0}")));
        string other = side == "pro-withdrawal" ? "anti-withdrawal" : "pro-withdrawal";
        Assert.True(leaning[side] > leaning[other], $"'{word}' leans {side} in real news; here {leaning[side]:P0} against {leaning[other]:P0}");
    }
}
