using System.Text.RegularExpressions;
using Stance.Classification;
using Stance.Interactive;
using Stance.Tests.Support;

namespace Stance.Tests.Interactive;

public sealed class StanceHtmlTests
{
    private static readonly DocumentAnalysis[] s_analyses = [.. Samples.Analyzer.AnalyzeMany(Samples.Articles)];

    [Fact]
    public void ADocumentIsARightToLeftTableWithOneRowPerSentenceInItsStanceColour()
    {
        var document = s_analyses[0];
        string html = StanceHtml.Document(document);

        Assert.Contains("<table dir=\"rtl\">", html);
        var rows = Regex.Matches(html, "<tr data-stance=\"([a-z-]+)\">");
        Assert.Equal(document.Sentences.Select(s => s.Stance.ToWireName()), rows.Select(m => m.Groups[1].Value));
        Assert.Equal(document.Sentences.Count(s => s.Stance == StanceLabel.Pro), Regex.Matches(html, "color:#2e7d32\">pro-withdrawal<").Count);
        Assert.Equal(document.Sentences.Count(s => s.Stance == StanceLabel.Anti), Regex.Matches(html, "color:#c62828\">anti-withdrawal<").Count);
    }

    [Fact]
    public void TheCueIsHighlightedInsideItsSentenceWhereTheSentenceHoldsIt()
    {
        // A continuation's cue stands in an earlier sentence: only cues written in the sentence are marked.
        var cued = s_analyses.SelectMany(d => d.Sentences).Where(s => s.Cue is not null && s.Text.Contains(s.Cue, StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(cued);
        foreach (var s in cued)
        {
            var document = s_analyses.Single(d => d.Sentences.Contains(s));
            string row = Regex.Match(StanceHtml.Document(document), $"<tr data-stance=\"[a-z-]+\"><td>{s.Index}</td>.*?</tr>").Value;
            string marked = Regex.Match(row, "<mark>(.*?)</mark>").Groups[1].Value;
            Assert.Equal(System.Net.WebUtility.HtmlEncode(s.Cue), marked);
            Assert.Equal(System.Net.WebUtility.HtmlEncode(s.Text), Regex.Replace(row[row.LastIndexOf("<td>", StringComparison.Ordinal)..], "</?(td|tr|mark)>", ""));
        }

        int uncued = s_analyses.SelectMany(d => d.Sentences).Count(s => s.Cue is null || !s.Text.Contains(s.Cue, StringComparison.Ordinal));
        Assert.Equal(cued.Length, s_analyses.Sum(d => Regex.Matches(StanceHtml.Document(d), "<mark>").Count));
        Assert.True(uncued > 0);
    }

    [Fact]
    public void TextIsEncodedSoThatASentenceCannotInjectMarkup()
    {
        var analysis = Samples.Analyzer.Analyze("قال النائب <script>alert(1)</script> إن القوات يجب أن تغادر.", "<b>x</b>");
        string html = StanceHtml.Document(analysis);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>x</b>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void TheSummaryChartHasOneStackedBarPerSpeakerUpToTheLimitAndSaysHowManyAreLeftOut()
    {
        var summary = StanceSummary.Of(s_analyses);
        string all = StanceHtml.Summary(summary, maxSpeakers: 1000);
        var bars = Regex.Matches(all, "<g class=\"bar\" data-speaker=\"([^\"]*)\">");
        Assert.Equal(summary.Speakers.Select(r => System.Net.WebUtility.HtmlEncode(r.Speaker ?? "narrator")), bars.Select(m => m.Groups[1].Value));

        // Each bar's segments fill the bar's whole width: they are shares.
        foreach (var bar in Regex.Matches(all, "<g class=\"bar\".*?</g>").Cast<Match>())
        {
            double width = Regex.Matches(bar.Value, "<rect [^>]*width=\"([0-9.]+)\"").Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(width, 379.9, 380.1);
        }

        string top5 = StanceHtml.Summary(summary, maxSpeakers: 5);
        Assert.Equal(5, Regex.Matches(top5, "<g class=\"bar\"").Count);
        Assert.Contains($"{summary.Speakers.Count - 5} more speakers not shown", top5);
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceHtml.Summary(summary, 0));
    }

    [Fact]
    public void TheTimelineDrawsOneRowPerSpeakerAndOneStackedCellPerSpeakerMonth()
    {
        var dated = s_analyses.Select((d, i) => d with { Date = new DateOnly(2024, 1 + 2 * i, 15) }).ToArray();
        var timeline = StanceTimeline.Of(dated);
        string html = StanceHtml.Timeline(timeline, maxSpeakers: 1000);

        Assert.Equal(timeline.Rows.Select(r => (r.Speaker, r.Kind)).Distinct().Count(), Regex.Matches(html, "<g class=\"speaker\"").Count);
        Assert.Equal(timeline.Rows.Count, Regex.Matches(html, "<g class=\"month-bar\"").Count);
        Assert.Equal(9, timeline.Months.Count); // January to September 2024
        Assert.DoesNotContain("without a date", html);
    }

    [Fact]
    public void ChartsWriteNumbersTheSameWayUnderAnyCulture()
    {
        var summary = StanceSummary.Of(s_analyses);
        var before = System.Globalization.CultureInfo.CurrentCulture;
        string invariant = StanceHtml.Summary(summary);
        try
        {
            // A culture that writes decimals with a comma (built by hand: the tests run with invariant globalization).
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            System.Globalization.CultureInfo.CurrentCulture = comma;
            Assert.Equal(invariant, StanceHtml.Summary(summary));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
