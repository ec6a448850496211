using System.Globalization;
using Spectre.Console;
using Stance.Classification;

namespace Stance.Cli;

/// <summary>Renders records as a readable table with stance colours. Arabic cells are wrapped in
/// Unicode isolates (RLI … PDI) so that right-to-left text cannot reorder the cells around it on
/// terminals that apply the bidirectional algorithm.</summary>
internal static class TableRenderer
{
    private const char RightToLeftIsolate = '\u2067', PopDirectionalIsolate = '\u2069';

    public static void Write(IAnsiConsole console, DocumentAnalysis document)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(document.DocumentId ?? "text"));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("stance");
        table.AddColumn(new TableColumn("conf").RightAligned());
        table.AddColumn("speaker (kind)");
        table.AddColumn("cue");
        table.AddColumn("sentence");
        foreach (var s in document.Sentences)
        {
            table.AddRow(
                new Spectre.Console.Text(s.Index.ToString(CultureInfo.InvariantCulture)),
                new Markup($"[{Colour(s.Stance)}]{s.Stance.ToWireName()}[/]"),
                new Spectre.Console.Text(s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(s.Speaker is { } sp ? Isolate(sp.CanonicalName) + " (" + sp.Kind.ToWireName() + ")" : "narrator"),
                new Spectre.Console.Text(s.Cue is null ? "" : Isolate(s.Cue)),
                new Spectre.Console.Text(Isolate(Clip(s.Text, 160))));
        }

        console.Write(table);
    }

    public static void WriteSummary(IAnsiConsole console, StanceSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("summary by speaker");
        table.AddColumn("speaker");
        table.AddColumn("kind");
        table.AddColumn(new TableColumn("docs").RightAligned());
        table.AddColumn(new TableColumn("sentences").RightAligned());
        table.AddColumn(new TableColumn("[green]pro[/]").RightAligned());
        table.AddColumn(new TableColumn("[red]anti[/]").RightAligned());
        table.AddColumn(new TableColumn("neutral").RightAligned());
        foreach (var row in summary.Speakers)
        {
            var c = row.Counts;
            table.AddRow(
                new Spectre.Console.Text(row.Speaker is null ? "narrator" : Isolate(row.Speaker)),
                new Spectre.Console.Text(row.Kind.ToWireName()),
                new Spectre.Console.Text(row.Documents.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(c.Total.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(Share(c.Pro, c.ProShare)),
                new Spectre.Console.Text(Share(c.Anti, c.AntiShare)),
                new Spectre.Console.Text(Share(c.Neutral, c.NeutralShare)));
        }

        console.Write(table);
        var t = summary.Total;
        console.MarkupLine(CultureInfo.InvariantCulture, $"{Plural(summary.Documents.Count, "document")}, {Plural(t.Total, "sentence")}: [green]{Share(t.Pro, t.ProShare)} pro[/], [red]{Share(t.Anti, t.AntiShare)} anti[/], {Share(t.Neutral, t.NeutralShare)} neutral");
    }

    private static string Share(int n, double share) => n.ToString(CultureInfo.InvariantCulture) + " (" + share.ToString("0%", CultureInfo.InvariantCulture) + ")";

    private static string Colour(StanceLabel label) => label switch
    {
        StanceLabel.Pro => "green",
        StanceLabel.Anti => "red",
        _ => "grey",
    };

    private static string Isolate(string s) => RightToLeftIsolate + s + PopDirectionalIsolate;

    private static string Clip(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
