using System.Globalization;
using System.Text;

namespace Stance.Interactive;

/// <summary>Who moved when: one row per speaker, one column per month, and in each cell a small bar
/// stacked by the speaker's pro, anti and neutral sentences that month (its height their number,
/// scaled to that speaker's busiest month: a row is read along, and the narrator's many sentences
/// would otherwise flatten everyone else), so that a change of side shows as a change of colour.</summary>
internal static class TimelineChart
{
    private const int LabelWidth = 220, CellWidth = 18, RowHeight = 34, Header = 30;

    public static string Render(StanceTimeline timeline, int maxSpeakers)
    {
        var speakers = timeline.Rows.Select(r => (r.Speaker, r.Kind)).Distinct().Take(maxSpeakers).ToArray();
        var months = timeline.Months;
        var cells = timeline.Rows.ToDictionary(r => (r.Speaker, r.Kind, r.Month), r => r.Counts);
        var busiest = timeline.Rows.GroupBy(r => (r.Speaker, r.Kind)).ToDictionary(g => g.Key, g => Math.Max(1, g.Max(r => r.Counts.Total)));
        int width = LabelWidth + Math.Max(1, months.Count) * CellWidth + 10, height = Header + speakers.Length * RowHeight + 6;
        var svg = new StringBuilder(1024 + cells.Count * 300);
        svg.Append("<div class=\"stance-view stance-timeline\">").Append(Palette.Style).Append(Palette.Legend());
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\"><title>stance by speaker and month</title>");
        // Month labels: January of each year, and the first month, so that the axis stays legible over years.
        for (int m = 0; m < months.Count; m++)
        {
            if (m != 0 && months[m].Month != 1)
                continue;
            svg.Append("<text class=\"month\" x=\"").Append(LabelWidth + m * CellWidth).Append("\" y=\"").Append(Header - 10).Append("\" font-size=\"11\" fill=\"#555\">")
                .Append(months[m].ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("</text>");
        }

        for (int i = 0; i < speakers.Length; i++)
        {
            var (speaker, kind) = speakers[i];
            int top = Header + i * RowHeight;
            string name = speaker ?? kind.ToWireName(); // the narrator, or the speakers left unnamed
            svg.Append("<g class=\"speaker\" data-speaker=\"").Append(Html.Encode(name)).Append("\">");
            svg.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(top + RowHeight / 2 + 5).Append("\" text-anchor=\"end\" font-size=\"13\">")
                .Append(Html.Encode(name)).Append("</text>");
            svg.Append("<line x1=\"").Append(LabelWidth).Append("\" x2=\"").Append(width - 10).Append("\" y1=\"").Append(top + RowHeight - 2).Append("\" y2=\"").Append(top + RowHeight - 2).Append("\" stroke=\"#eee\"/>");
            for (int m = 0; m < months.Count; m++)
            {
                if (!cells.TryGetValue((speaker, kind, months[m]), out var counts))
                    continue;
                double bottom = top + RowHeight - 2, scale = (RowHeight - 6) / (double)busiest[(speaker, kind)];
                svg.Append("<g class=\"month-bar\" data-month=\"").Append(months[m].ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("\"><title>")
                    .Append(Html.Encode(name)).Append(' ').Append(months[m].ToString("yyyy-MM", CultureInfo.InvariantCulture))
                    .Append(": ").Append(counts.Pro).Append(" pro, ").Append(counts.Anti).Append(" anti, ").Append(counts.Neutral).Append(" neutral</title>");
                foreach (var (count, colour, _) in SummaryChart.Segments(counts))
                {
                    if (count == 0)
                        continue;
                    double h = count * scale;
                    bottom -= h;
                    svg.Append("<rect x=\"").Append(LabelWidth + m * CellWidth + 2).Append("\" y=\"").Append(Html.Number(bottom)).Append("\" width=\"").Append(CellWidth - 4)
                        .Append("\" height=\"").Append(Html.Number(h)).Append("\" fill=\"").Append(colour).Append("\"/>");
                }

                svg.Append("</g>");
            }

            svg.Append("</g>");
        }

        svg.Append("</svg>");
        if (timeline.UndatedDocuments > 0)
            svg.Append("<div class=\"kind\">").Append(timeline.UndatedDocuments).Append(timeline.UndatedDocuments == 1 ? " document" : " documents").Append(" without a date left out</div>");
        return svg.Append("</div>").ToString();
    }
}
