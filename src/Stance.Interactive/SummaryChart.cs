using System.Text;

namespace Stance.Interactive;

/// <summary>Who holds which position: one horizontal bar per speaker (most sentences first), split
/// into the shares of pro, anti and neutral, drawn as SVG by the package (no script to download, so
/// it renders in any notebook front end and offline).</summary>
internal static class SummaryChart
{
    private const int LabelWidth = 260, BarWidth = 380, CountWidth = 90, RowHeight = 24, Top = 8;

    public static string Render(StanceSummary summary, int maxSpeakers)
    {
        var rows = summary.Speakers.Take(maxSpeakers).ToArray();
        int width = LabelWidth + BarWidth + CountWidth, height = Top * 2 + rows.Length * RowHeight;
        var svg = new StringBuilder(512 + rows.Length * 600);
        svg.Append("<div class=\"stance-view stance-summary\">").Append(Palette.Style).Append(Palette.Legend());
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\"><title>stance by speaker</title>");
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            int y = Top + i * RowHeight;
            string name = row.Speaker ?? row.Kind.ToWireName(); // the narrator, or the speakers left unnamed
            svg.Append("<g class=\"bar\" data-speaker=\"").Append(Html.Encode(name)).Append("\">");
            svg.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 16).Append("\" text-anchor=\"end\" font-size=\"13\">")
                .Append(Html.Encode(name)).Append("</text>");
            double x = LabelWidth;
            foreach (var (count, colour, label) in Segments(row.Counts))
            {
                double w = row.Counts.Total == 0 ? 0 : BarWidth * (double)count / row.Counts.Total;
                if (w <= 0)
                    continue;
                svg.Append("<rect x=\"").Append(Html.Number(x)).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(Html.Number(w))
                    .Append("\" height=\"").Append(RowHeight - 6).Append("\" fill=\"").Append(colour).Append("\"><title>")
                    .Append(label).Append(": ").Append(count).Append("</title></rect>");
                x += w;
            }

            svg.Append("<text x=\"").Append(LabelWidth + BarWidth + 6).Append("\" y=\"").Append(y + 16).Append("\" font-size=\"12\" fill=\"#555\">")
                .Append(row.Counts.Total).Append(row.Counts.Total == 1 ? " sentence" : " sentences").Append("</text></g>");
        }

        svg.Append("</svg>");
        if (summary.Speakers.Count > rows.Length)
            svg.Append("<div class=\"kind\">").Append(summary.Speakers.Count - rows.Length).Append(" more speakers not shown</div>");
        return svg.Append("</div>").ToString();
    }

    internal static (int Count, string Colour, string Label)[] Segments(StanceCounts counts) =>
    [
        (counts.Pro, Palette.Pro, "pro-withdrawal"),
        (counts.Anti, Palette.Anti, "anti-withdrawal"),
        (counts.Neutral, Palette.Neutral, "neutral"),
    ];
}
