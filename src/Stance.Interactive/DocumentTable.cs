using System.Text;
using Stance.Classification;

namespace Stance.Interactive;

/// <summary>A document's analysis as a right-to-left HTML table: one row per sentence with its stance
/// in colour, a confidence bar, the speaker and kind, and the sentence with its cue highlighted.</summary>
internal static class DocumentTable
{
    public static string Render(DocumentAnalysis document)
    {
        var html = new StringBuilder(256 + document.Sentences.Count * 400);
        html.Append("<div class=\"stance-view stance-document\">").Append(Palette.Style);
        html.Append("<table dir=\"rtl\"><caption dir=\"auto\">").Append(Html.Encode(document.DocumentId ?? "text"));
        if (document.Date is { } date)
            html.Append(" · ").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</caption><thead><tr><th>#</th><th>stance</th><th>confidence</th><th>speaker</th><th>sentence</th></tr></thead><tbody>");
        foreach (var s in document.Sentences)
        {
            html.Append("<tr data-stance=\"").Append(s.Stance.ToWireName()).Append("\"><td>").Append(Html.Number(s.Index)).Append("</td>");
            html.Append("<td class=\"label\" dir=\"ltr\" style=\"color:").Append(Palette.Of(s.Stance)).Append("\">").Append(s.Stance.ToWireName()).Append("</td>");
            html.Append("<td class=\"conf\" dir=\"ltr\"><span class=\"bar\" style=\"width:").Append(Html.Number(Math.Clamp(s.Confidence, 0, 1) * 50, "0.#"))
                .Append("px\"></span>").Append(Html.Number(s.Confidence, "0.00")).Append("</td>");
            html.Append("<td>");
            if (s.Speaker is { } speaker)
                html.Append(Html.Encode(speaker.CanonicalName)).Append(" <span class=\"kind\">").Append(speaker.Kind.ToWireName()).Append("</span>");
            else
                html.Append("<span class=\"kind\">narrator</span>");
            html.Append("</td><td>");
            AppendSentence(html, s);
            html.Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>The sentence, its cue in a <c>mark</c>: found by the cue's span in the document where
    /// that lies in the sentence, else by the cue's first occurrence.</summary>
    private static void AppendSentence(StringBuilder html, SentenceStance s)
    {
        int at = -1, length = s.Cue?.Length ?? 0;
        if (s.Cue is { Length: > 0 } cue)
        {
            if (s.CueSpan is { } span && span.Start >= s.Span.Start && span.Start - s.Span.Start + span.Length <= s.Text.Length
                && s.Text.AsSpan(span.Start - s.Span.Start, span.Length).SequenceEqual(cue))
                at = span.Start - s.Span.Start;
            else
                at = s.Text.IndexOf(cue, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            html.Append(Html.Encode(s.Text));
            return;
        }

        html.Append(Html.Encode(s.Text[..at])).Append("<mark>").Append(Html.Encode(s.Text.Substring(at, length))).Append("</mark>")
            .Append(Html.Encode(s.Text[(at + length)..]));
    }
}
