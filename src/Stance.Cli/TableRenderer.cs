using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Stance.Classification;
// Spectre's Text widget, not the library's Stance.Text namespace.
using SpectreText = Spectre.Console.Text;

namespace Stance.Cli;

/// <summary>How the table format lays out sentences.</summary>
/// <param name="Wide">One table row per sentence, the sentence in the last column, instead of each
/// sentence in full width under its labels.</param>
/// <param name="Isolate">Whether Arabic text is wrapped in Unicode isolates (see <see cref="BidiIsolatePolicy"/>).</param>
internal readonly record struct TableOptions(bool Wide, bool Isolate);

/// <summary>Renders records for people, with stance colours. By default each sentence has a label
/// line and then the sentence on full-width lines of its own, because in a six-column table on an
/// 80-column terminal the sentence column is left two or three words wide.</summary>
internal static class TableRenderer
{
    private const int ColumnGap = 2, ConfidenceWidth = 4, MaxSpeakerWidth = 28;

    private static readonly int StanceWidth = Enum.GetValues<StanceLabel>().Max(l => l.ToWireName().Length);

    public static void Write(IAnsiConsole console, DocumentAnalysis document, TableOptions options) =>
        console.Write(options.Wide ? OneRowPerSentence(document, options.Isolate) : SentencesUnderLabels(document, options.Isolate));

    private static Rows SentencesUnderLabels(DocumentAnalysis document, bool isolate)
    {
        int indexWidth = Digits(document.Sentences.Count == 0 ? 0 : document.Sentences.Max(s => s.Index));
        int speakerWidth = Math.Clamp(document.Sentences.Select(s => SpeakerName(s).Length).DefaultIfEmpty(0).Max(), "speaker".Length, MaxSpeakerWidth);
        int kindWidth = document.Sentences.Select(s => Kind(s).Length).Append("(kind)".Length).Max();
        var rows = new List<IRenderable>
        {
            new Rule(Markup.Escape(DocumentName(document))).LeftJustified(),
            LabelLine([indexWidth, StanceWidth, ConfidenceWidth, speakerWidth, kindWidth],
                [new SpectreText("#"), new SpectreText("stance"), new SpectreText("conf"), new SpectreText("speaker"), new SpectreText("(kind)"), new SpectreText("cue")]),
        };
        foreach (var s in document.Sentences)
        {
            rows.Add(LabelLine([indexWidth, StanceWidth, ConfidenceWidth, speakerWidth, kindWidth], LabelCells(s, isolate)));
            // Indented to the stance column, so the index stands out at the left edge.
            rows.Add(new Padder(RightToLeft(s.Text, isolate), new Padding(indexWidth + ColumnGap, 0, 0, 0)));
        }

        return new Rows(rows);
    }

    /// <summary>One line of labels. Every document's lines share the column widths, so the labels line
    /// up even though each sentence's line is a grid of its own.</summary>
    private static Grid LabelLine(int[] widths, IRenderable[] cells)
    {
        var grid = new Grid();
        for (int i = 0; i < cells.Length; i++)
        {
            bool last = i == cells.Length - 1;
            grid.AddColumn(new GridColumn
            {
                Width = last ? null : widths[i],
                Alignment = i is 0 or 2 ? Justify.Right : Justify.Left,
                Padding = new Padding(0, 0, last ? 0 : ColumnGap, 0),
            });
        }

        grid.AddRow(cells);
        return grid;
    }

    private static Table OneRowPerSentence(DocumentAnalysis document, bool isolate)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(DocumentName(document)));
        // Short labels never wrap, so that a narrow table takes its room from the sentence and the names.
        table.AddColumn(new TableColumn("#").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("stance").NoWrap());
        table.AddColumn(new TableColumn("conf").RightAligned().NoWrap());
        table.AddColumn("speaker");
        table.AddColumn(new TableColumn("(kind)").NoWrap());
        table.AddColumn("cue");
        table.AddColumn("sentence");
        foreach (var s in document.Sentences)
            table.AddRow([.. LabelCells(s, isolate), RightToLeft(s.Text, isolate)]);
        return table;
    }

    private static IRenderable[] LabelCells(SentenceStance s, bool isolate) =>
    [
        new SpectreText(s.Index.ToString(CultureInfo.InvariantCulture)),
        new Markup($"[{Colour(s.Stance)}]{Markup.Escape(s.StanceName)}[/]"),
        new SpectreText(s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
        s.Speaker is { } speaker ? RightToLeft(speaker.CanonicalName, isolate) : new SpectreText("narrator"),
        new SpectreText(Kind(s)),
        s.Cue is null ? SpectreText.Empty : RightToLeft(s.Cue, isolate),
    ];

    public static void WriteSummary(IAnsiConsole console, StanceSummary summary, bool isolate)
    {
        // No vertical borders and one space between columns: with seven columns, borders and padding
        // would leave the speaker a handful of cells at 80 columns.
        var table = new Table().Border(TableBorder.Simple).Title("summary by speaker");
        table.AddColumn(Column("speaker"));
        table.AddColumn(Column("kind").NoWrap());
        foreach (var heading in new[] { "docs", "sentences", "[green]pro[/]", "[red]anti[/]", "neutral" })
            table.AddColumn(Column(heading).RightAligned().NoWrap());
        foreach (var row in summary.Speakers)
        {
            var c = row.Counts;
            table.AddRow(
                row.Speaker is null ? new SpectreText(row.Kind.ToWireName()) : RightToLeft(row.Speaker, isolate),
                new SpectreText(row.Kind.ToWireName()),
                new SpectreText(row.Documents.ToString(CultureInfo.InvariantCulture)),
                new SpectreText(c.Total.ToString(CultureInfo.InvariantCulture)),
                new SpectreText(Share(c.Pro, c.ProShare)),
                new SpectreText(Share(c.Anti, c.AntiShare)),
                new SpectreText(Share(c.Neutral, c.NeutralShare)));
        }

        console.Write(table);
        var t = summary.Total;
        console.MarkupLine(CultureInfo.InvariantCulture, $"{Plural(summary.Documents.Count, "document")}, {Plural(t.Total, "sentence")}: [green]{Share(t.Pro, t.ProShare)} pro[/], [red]{Share(t.Anti, t.AntiShare)} anti[/], {Share(t.Neutral, t.NeutralShare)} neutral");

        static TableColumn Column(string heading) => new(heading) { Padding = new Padding(0, 0, 1, 0) };
    }

    private static IRenderable RightToLeft(string text, bool isolate) => isolate ? new IsolatedLines(new SpectreText(text)) : new SpectreText(text);

    private static string DocumentName(DocumentAnalysis document) =>
        (document.DocumentId ?? "text") + (document.Date is { } date ? " · " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");

    private static string SpeakerName(SentenceStance s) => s.Speaker?.CanonicalName ?? "narrator";

    private static string Kind(SentenceStance s) => s.Speaker is { } speaker ? "(" + speaker.Kind.ToWireName() + ")" : "";

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;

    private static string Share(int n, double share) => n.ToString(CultureInfo.InvariantCulture) + " (" + share.ToString("0%", CultureInfo.InvariantCulture) + ")";

    private static string Colour(StanceLabel label) => label switch
    {
        StanceLabel.Pro => "green",
        StanceLabel.Anti => "red",
        _ => "grey",
    };

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
