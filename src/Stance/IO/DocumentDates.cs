using System.Globalization;

namespace Stance.IO;

/// <summary>Reads when documents were published from a table, so that analyses can carry their
/// <see cref="DocumentAnalysis.Date"/>: the CLI's <c>--dates</c>, and a notebook's timeline.</summary>
/// <remarks>The table is tab-separated with a header row. The document column is the first of
/// <c>file</c>, <c>doc</c>, <c>document</c> or <c>id</c> (the identifier the analysis got: for a file
/// analysed by the CLI, its file name); the date column is <c>date</c>, as <c>yyyy-MM-dd</c> or
/// <c>yyyy-MM</c> (read as the month's first day). A row with an empty date is left out: the
/// document stays undated. Other columns are ignored.</remarks>
public static class DocumentDates
{
    private static readonly string[] DocumentColumns = ["file", "doc", "document", "id"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM"];

    /// <summary>Reads a table of dates.</summary>
    /// <param name="path">The tab-separated file.</param>
    /// <returns>The date of each document that has one, by identifier (ordinal comparison).</returns>
    /// <exception cref="StanceDataException">The header lacks a document or a <c>date</c> column, a
    /// date cannot be read, or a document is listed twice with different dates.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyDictionary<string, DateOnly> ReadTsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return ReadTsv(reader, path);
    }

    /// <summary>Reads a table of dates from a reader.</summary>
    /// <param name="reader">The tab-separated text.</param>
    /// <param name="name">The name errors give for the table.</param>
    /// <returns>The date of each document that has one, by identifier.</returns>
    /// <exception cref="StanceDataException">As <see cref="ReadTsv(string)"/>.</exception>
    public static IReadOnlyDictionary<string, DateOnly> ReadTsv(TextReader reader, string name = "dates")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Split('\t') ?? throw new StanceDataException(name, 0, "The table of dates is empty; it needs a header row.");
        int doc = DocumentColumns.Select(c => Array.FindIndex(header, h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(i => i >= 0, -1);
        int date = Array.FindIndex(header, h => string.Equals(h.Trim(), "date", StringComparison.OrdinalIgnoreCase));
        if (doc < 0 || date < 0)
            throw new StanceDataException(name, 1, $"The header needs a document column ({string.Join(", ", DocumentColumns)}) and a 'date' column; it has: {string.Join(", ", header)}.");

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t');
            string id = doc < cells.Length ? cells[doc].Trim() : "";
            string text = date < cells.Length ? cells[date].Trim() : "";
            if (id.Length == 0 || text.Length == 0)
                continue;
            if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                throw new StanceDataException(name, lineNumber, $"'{text}' is not a date (yyyy-MM-dd or yyyy-MM).");
            if (dates.TryGetValue(id, out var earlier) && earlier != value)
                throw new StanceDataException(name, lineNumber, $"'{id}' is listed with two dates, {earlier:yyyy-MM-dd} and {value:yyyy-MM-dd}.");
            dates[id] = value;
        }

        return dates;
    }

    /// <summary>Gives each analysis its date from the table, where the table has its identifier.</summary>
    /// <param name="documents">The analyses.</param>
    /// <param name="dates">The dates by identifier, for example from <see cref="ReadTsv(string)"/>.</param>
    /// <returns>The analyses in order, dated where the table knows them (others unchanged).</returns>
    public static IEnumerable<DocumentAnalysis> Apply(IEnumerable<DocumentAnalysis> documents, IReadOnlyDictionary<string, DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(dates);
        return documents.Select(d => d.DocumentId is { } id && dates.TryGetValue(id, out var date) ? d with { Date = date } : d);
    }
}
