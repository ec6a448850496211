namespace Stance.Interactive;

/// <summary>The notebook views as HTML strings, for any front end that shows HTML (the formatters of
/// <see cref="StanceFormatters"/> use them; a report or a test can call them directly).</summary>
public static class StanceHtml
{
    /// <summary>The most speakers a chart draws unless told otherwise.</summary>
    public const int DefaultMaxSpeakers = 20;

    /// <summary>A document's analysis as a right-to-left table: stance in colour, a confidence bar,
    /// speaker and kind, and the sentence with its reporting cue highlighted.</summary>
    /// <param name="document">The analysis.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Document(DocumentAnalysis document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentTable.Render(document);
    }

    /// <summary>Who holds which position: per speaker, most sentences first, a bar stacked by the
    /// shares of pro, anti and neutral, in SVG.</summary>
    /// <param name="summary">The summary, from <see cref="StanceSummary.Of"/>.</param>
    /// <param name="maxSpeakers">How many speakers to draw; the rest are counted below the chart.</param>
    /// <returns>An HTML fragment holding the SVG.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSpeakers"/> is less than 1.</exception>
    public static string Summary(StanceSummary summary, int maxSpeakers = DefaultMaxSpeakers)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSpeakers, 1);
        return SummaryChart.Render(summary, maxSpeakers);
    }

    /// <summary>Who moved when: per speaker, per month, the sentences of each stance, in SVG.</summary>
    /// <param name="timeline">The timeline, from <see cref="StanceTimeline.Of"/> over dated analyses.</param>
    /// <param name="maxSpeakers">How many speakers to draw (most sentences first).</param>
    /// <returns>An HTML fragment holding the SVG.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSpeakers"/> is less than 1.</exception>
    public static string Timeline(StanceTimeline timeline, int maxSpeakers = DefaultMaxSpeakers)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSpeakers, 1);
        return TimelineChart.Render(timeline, maxSpeakers);
    }
}
