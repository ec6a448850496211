using System.Text.RegularExpressions;
using Stance.Interactive;
using Stance.Tests.Support;

namespace Stance.Tests.Interactive;

/// <summary>The notebook views as a browser shows them: headless Chromium loads a page with an
/// analysis and the summary chart, a script in the page reads what was laid out, and a screenshot
/// is kept under <c>artifacts/browser/</c> (CI keeps it as an artifact).</summary>
public sealed class BrowserRenderingTests
{
    // Run in the page after layout: the number of bars, those with a rendered width, the table's
    // rows and the text a reader sees. --dump-dom prints the page after it.
    private const string Probe = """
        <pre id="probe"></pre>
        <script>
        const bars = [...document.querySelectorAll('.stance-summary svg g.bar')];
        const drawn = bars.filter(g => g.getBBox().width > 100).length;
        const rows = document.querySelectorAll('.stance-document tbody tr').length;
        document.getElementById('probe').textContent =
          'bars=' + bars.length + ' drawn=' + drawn + ' rows=' + rows + ' rtl=' + getComputedStyle(document.querySelector('.stance-document table')).direction;
        </script>
        """;

    [BrowserFact]
    public void ChromiumShowsTheAnalysisTableAndOneDrawnBarPerSpeaker()
    {
        var analyses = Samples.Analyzer.AnalyzeMany(Samples.Articles).ToArray();
        var document = analyses[2];
        var summary = StanceSummary.Of(analyses);
        int shown = Math.Min(summary.Speakers.Count, StanceHtml.DefaultMaxSpeakers);
        var folder = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "browser"));
        string page = Path.Combine(folder.FullName, "analysis.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Stance</title></head><body>"
            + StanceHtml.Document(document) + StanceHtml.Summary(summary)
            + StanceHtml.Timeline(StanceTimeline.Of(analyses.Select((d, i) => d with { Date = new DateOnly(2024, 1 + 2 * i, 1) })), maxSpeakers: 8)
            + Probe + "</body></html>");

        string dom = Browser.Run(page, "--dump-dom", "--virtual-time-budget=5000");
        var probe = Regex.Match(dom, "<pre id=\"probe\">([^<]*)</pre>");
        Assert.True(probe.Success, "the page's probe did not run:\n" + dom[..Math.Min(dom.Length, 2000)]);
        Assert.Equal($"bars={shown} drawn={shown} rows={document.Sentences.Count} rtl=rtl", probe.Groups[1].Value);
        // The browser writes the text back as characters (the page encodes some, such as «, as entities).
        foreach (var row in summary.Speakers.Take(shown))
            Assert.Contains(row.Speaker ?? "narrator", dom);
        foreach (var s in document.Sentences.Where(s => s.Cue is null && s.Text.IndexOfAny(['<', '>', '&']) < 0))
            Assert.Contains(s.Text, dom);

        string screenshot = Path.Combine(folder.FullName, "analysis.png");
        File.Delete(screenshot);
        Browser.Run(page, "--screenshot=" + screenshot, "--window-size=1280,2400", "--hide-scrollbars");
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 20_000, $"the screenshot has only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }
}
