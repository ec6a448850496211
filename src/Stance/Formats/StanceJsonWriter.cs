using System.Text.Json;

namespace Stance;

/// <summary>Writes analyses as one JSON array of documents, each <c>{"doc", "sentences": [...],
/// "date"}</c> whose sentences are the records <see cref="StanceJsonLinesWriter"/> writes one per line,
/// so that both formats share field names and meanings (the tool's <c>--format json</c>).</summary>
public static class StanceJsonWriter
{
    /// <summary>Writes the documents, indented, and a final line feed.</summary>
    /// <param name="output">Where to write UTF-8 without BOM; left open and flushed.</param>
    /// <param name="documents">The analyses, in output order.</param>
    public static void WriteDocuments(Stream output, IEnumerable<DocumentAnalysis> documents)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = StanceJsonContext.Readable.Options.Encoder }))
            JsonSerializer.Serialize(json, [.. documents.Select(DocumentRecord.From)], SentenceRecordJsonContext.Readable.IReadOnlyListDocumentRecord);
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
