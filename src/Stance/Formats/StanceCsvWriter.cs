using System.Globalization;

namespace Stance;

/// <summary>Writes sentence records as CSV (RFC 4180: comma-separated, fields quoted when they hold a
/// comma, quote or line break, quotes doubled), with a header line first.</summary>
/// <remarks>Columns: <c>doc, sentence, start, length, text, stance, confidence, pro-withdrawal,
/// anti-withdrawal, neutral</c> (for another model, its label names: <see cref="ColumnsFor"/>)<c>, speaker, role, kind, cue, channel, mention, date</c>, with the meanings of the
/// JSON Lines fields of the same names (<c>speaker</c> is <c>speaker.name</c>, the canonical name;
/// <c>mention</c> how this sentence names the speaker; <c>kind</c> is <c>narrator</c> where JSON Lines
/// has no speaker; <c>date</c> is empty where the document's date is not given). Not thread-safe.</remarks>
public sealed class StanceCsvWriter : IDisposable
{
    /// <summary>The header line's columns for the default model.</summary>
    public static IReadOnlyList<string> Columns { get; } = ColumnsFor(StanceLabelNames.Withdrawal);

    /// <summary>The header line's columns for a model's label names: the three score columns carry
    /// the names (the <c>stance</c> column's values are the same names).</summary>
    /// <param name="labelNames">The model's label names.</param>
    /// <returns>The columns.</returns>
    public static IReadOnlyList<string> ColumnsFor(StanceLabelNames labelNames)
    {
        ArgumentNullException.ThrowIfNull(labelNames);
        return ["doc", "sentence", "start", "length", "text", "stance", "confidence", labelNames.Pro, labelNames.Anti, labelNames.Neutral, "speaker", "role", "kind", "cue", "channel", "mention", "date"];
    }

    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _headerWritten;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="leaveOpen">Whether <paramref name="output"/> stays open when the writer is disposed.</param>
    public StanceCsvWriter(TextWriter output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = output;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Writes one record (and the header before the first).</summary>
    /// <param name="sentence">The record.</param>
    public void Write(SentenceStance sentence) => Write(sentence, null);

    /// <summary>Writes one record with its document's date (and the header before the first).</summary>
    /// <param name="sentence">The record.</param>
    /// <param name="documentDate">The date of the sentence's document (the <c>date</c> column), or
    /// <see langword="null"/> for an empty cell.</param>
    public void Write(SentenceStance sentence, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!_headerWritten)
        {
            _writer.Write(string.Join(',', ColumnsFor(sentence.LabelNames)));
            _writer.Write("\r\n");
            _headerWritten = true;
        }

        var inv = CultureInfo.InvariantCulture;
        string[] fields =
        [
            sentence.DocumentId ?? "",
            sentence.Index.ToString(inv),
            sentence.Span.Start.ToString(inv),
            sentence.Span.Length.ToString(inv),
            sentence.Text,
            sentence.StanceName,
            sentence.Confidence.ToString("0.####", inv),
            sentence.Scores.Pro.ToString("0.####", inv),
            sentence.Scores.Anti.ToString("0.####", inv),
            sentence.Scores.Neutral.ToString("0.####", inv),
            sentence.Speaker?.CanonicalName ?? "",
            sentence.Speaker?.Role ?? "",
            sentence.SpeakerKind.ToWireName(),
            sentence.Cue ?? "",
            sentence.Channel ?? "",
            sentence.Speaker?.Name ?? "",
            SentenceRecord.FormatDate(documentDate) ?? "",
        ];
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                _writer.Write(',');
            WriteField(fields[i]);
        }

        _writer.Write("\r\n");
    }

    /// <summary>Flushes the underlying writer.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_leaveOpen)
            _writer.Flush();
        else
            _writer.Dispose();
    }

    private void WriteField(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
