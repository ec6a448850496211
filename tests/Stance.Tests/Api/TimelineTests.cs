using Stance.IO;

namespace Stance.Tests.Api;

public sealed class TimelineTests
{
    private static SentenceStance Said(string? speaker, StanceLabel label) =>
        new("جملة.", label, speaker is null ? null : new Speaker(speaker) { Kind = SpeakerKind.Person });

    private static DocumentAnalysis Doc(string id, DateOnly? date, params SentenceStance[] sentences) => new(id, sentences) { Date = date };

    [Fact]
    public void CountsEachSpeakersSentencesByCalendarMonthAndListsEveryMonthBetween()
    {
        var timeline = StanceTimeline.Of([
            Doc("a", new DateOnly(2024, 1, 5), Said("أ", StanceLabel.Pro), Said("أ", StanceLabel.Pro), Said("ب", StanceLabel.Anti)),
            Doc("b", new DateOnly(2024, 1, 30), Said("أ", StanceLabel.Anti)),
            Doc("c", new DateOnly(2024, 4, 2), Said("أ", StanceLabel.Neutral), Said(null, StanceLabel.Neutral)),
            Doc("undated", null, Said("ج", StanceLabel.Pro)),
        ]);

        Assert.Equal([new(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1), new(2024, 4, 1)], timeline.Months);
        Assert.Equal(1, timeline.UndatedDocuments);
        var a = timeline.Rows.Where(r => r.Speaker == "أ").ToArray();
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1)], a.Select(r => r.Month));
        Assert.Equal(new StanceCounts(2, 1, 0), a[0].Counts);
        Assert.Equal(new StanceCounts(0, 0, 1), a[1].Counts);
        Assert.Equal("أ", timeline.Rows[0].Speaker); // the speaker with most sentences first
        Assert.DoesNotContain(timeline.Rows, r => r.Speaker == "ج");
        Assert.Contains(timeline.Rows, r => r.Speaker is null && r.Kind == SpeakerKind.Narrator);
    }

    [Fact]
    public void WithoutDatesTheTimelineIsEmptyAndCountsTheDocumentsLeftOut()
    {
        var timeline = StanceTimeline.Of([Doc("a", null, Said("أ", StanceLabel.Pro))]);
        Assert.Empty(timeline.Rows);
        Assert.Empty(timeline.Months);
        Assert.Equal(1, timeline.UndatedDocuments);
    }

    [Fact]
    public void ReadsDatesByTheFileOrDocColumnAndLeavesEmptyDatesOut()
    {
        var dates = DocumentDates.ReadTsv(new StringReader("file\turl\tdate\tnote\na01.txt\thttp://x\t2020-01-11\tn\na02.txt\thttp://y\t\tno date\na03.txt\t\t2021-04\t\n"));
        Assert.Equal(new Dictionary<string, DateOnly> { ["a01.txt"] = new(2020, 1, 11), ["a03.txt"] = new(2021, 4, 1) }, dates);

        var byDoc = DocumentDates.ReadTsv(new StringReader("date\tdoc\n2019-12-31\tx\n"));
        Assert.Equal(new DateOnly(2019, 12, 31), byDoc["x"]);
    }

    [Theory]
    [InlineData("file\tdate\na.txt\t11/01/2020\n", 2, "is not a date")]
    [InlineData("file\twhen\na.txt\t2020-01-11\n", 1, "'date' column")]
    [InlineData("file\tdate\na.txt\t2020-01-11\na.txt\t2020-02-01\n", 3, "two dates")]
    [InlineData("", 0, "empty")]
    public void AnUnreadableTableOfDatesIsATypedErrorNamingTheLine(string tsv, int line, string message)
    {
        var e = Assert.Throws<StanceDataException>(() => DocumentDates.ReadTsv(new StringReader(tsv), "dates.tsv"));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(message, e.Message);
        Assert.Contains("dates.tsv", e.Message);
    }

    [Fact]
    public void ApplyDatesTheAnalysesTheTableKnowsAndKeepsTheOthersAndTheOrder()
    {
        var dated = DocumentDates.Apply([Doc("b", null), Doc("a", null), Doc("c", null)], new Dictionary<string, DateOnly> { ["a"] = new(2020, 1, 1) }).ToArray();
        Assert.Equal(["b", "a", "c"], dated.Select(d => d.DocumentId));
        Assert.Equal([null, new DateOnly(2020, 1, 1), null], dated.Select(d => d.Date));
    }
}
