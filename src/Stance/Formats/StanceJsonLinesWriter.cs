using System.Text.Json;

namespace Stance;

/// <summary>Writes sentence records as JSON Lines: one UTF-8 JSON object per line, with the fields
/// <c>doc, sentence, start, length, text, stance, confidence, scores, speaker{name, mention, role, kind}
/// (or null), cue, channel</c>, <c>explanation</c> [{feature, weight}] when the analysis computed one,
/// and <c>date</c> (yyyy-MM-dd) when the document's date is given.</summary>
/// <remarks>Each record is written whole before the next starts, so output cut short (a killed
/// process) still ends with complete lines apart from at most the last. Not thread-safe: one writer
/// per output. The same records always give the same bytes.</remarks>
public sealed class StanceJsonLinesWriter : IDisposable, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly MemoryStream _line = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where to write UTF-8 without BOM.</param>
    /// <param name="leaveOpen">Whether <paramref name="output"/> stays open when the writer is disposed.</param>
    public StanceJsonLinesWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _stream = output;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_line, new JsonWriterOptions { Encoder = StanceJsonContext.Readable.Options.Encoder });
    }

    /// <summary>Writes one record and its line break.</summary>
    /// <param name="sentence">The record.</param>
    public void Write(SentenceStance sentence) => Write(sentence, null);

    /// <summary>Writes one record with its document's date, and its line break.</summary>
    /// <param name="sentence">The record.</param>
    /// <param name="documentDate">The date of the sentence's document (the <c>date</c> field), or
    /// <see langword="null"/> to leave the field out.</param>
    public void Write(SentenceStance sentence, DateOnly? documentDate)
    {
        var line = Format(sentence, documentDate);
        _stream.Write(line.Span);
    }

    /// <summary>Writes one record and its line break.</summary>
    /// <param name="sentence">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is written.</returns>
    public ValueTask WriteAsync(SentenceStance sentence, CancellationToken cancellationToken = default) =>
        _stream.WriteAsync(Format(sentence, null), cancellationToken);

    /// <summary>Flushes the underlying stream.</summary>
    public void Flush() => _stream.Flush();

    /// <summary>Flushes the underlying stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the stream is flushed.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _stream.FlushAsync(cancellationToken);

    /// <summary>Formats one record as a JSON line (with its line feed).</summary>
    /// <param name="sentence">The record.</param>
    /// <returns>The line as a string.</returns>
    public static string ToJsonLine(SentenceStance sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return JsonSerializer.Serialize(SentenceRecord.From(sentence), SentenceRecordJsonContext.Readable.SentenceRecord) + "\n";
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json.Dispose();
        if (_leaveOpen)
            _stream.Flush();
        else
            _stream.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        if (_leaveOpen)
            await _stream.FlushAsync().ConfigureAwait(false);
        else
            await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private ReadOnlyMemory<byte> Format(SentenceStance sentence, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        _line.SetLength(0);
        _json.Reset(_line);
        JsonSerializer.Serialize(_json, SentenceRecord.From(sentence, documentDate), SentenceRecordJsonContext.Readable.SentenceRecord);
        _json.Flush();
        _line.WriteByte((byte)'\n');
        return _line.GetBuffer().AsMemory(0, (int)_line.Length);
    }
}
