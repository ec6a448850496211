using System.Text;
using System.Text.Json;
using Stance.Classification;

namespace Stance.Corpus;

/// <summary>Reads labeled sentences from JSON Lines files: the project's corpus schema, or users'
/// own data with at least <c>text</c> and <c>stance</c> per line.</summary>
public static class StanceCorpus
{
    /// <summary>Reads labeled sentences from a <c>.jsonl</c> file, or from every <c>.jsonl</c> file of
    /// a folder in ordinal name order.</summary>
    /// <param name="path">A file or a folder.</param>
    /// <returns>The sentences, in file order.</returns>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="StanceDataException">A line is invalid; the message names the file and line.</exception>
    public static IReadOnlyList<LabeledSentence> ReadLabeledSentences(string path)
    {
        var result = new List<LabeledSentence>();
        foreach (var (file, line, record) in ReadRecords(path))
        {
            if (!StanceLabels.TryParse(record.Stance, out var label))
                throw new StanceDataException(file, line, $"unknown stance '{record.Stance}' (expected pro-withdrawal/pro/favor, anti-withdrawal/anti/against or neutral/none).");
            result.Add(new LabeledSentence(record.Text!, label) { Target = record.Target, DocumentId = record.Doc ?? record.Id, LabelName = record.Stance });
        }

        return result;
    }

    /// <summary>Reads the raw records with their file and line.</summary>
    internal static IEnumerable<(string File, int Line, CorpusRecord Record)> ReadRecords(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No such file or folder: {path}", path);
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            int lineNumber = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (DecoderFallbackException e)
                {
                    throw new StanceDataException(file, lineNumber + 1, "the line is not valid UTF-8.", e);
                }

                if (line is null)
                    break;
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                CorpusRecord? record;
                try
                {
                    record = JsonSerializer.Deserialize(line, CorpusJsonContext.Default.CorpusRecord);
                }
                catch (JsonException e)
                {
                    throw new StanceDataException(file, lineNumber, "the line is not a valid JSON object: " + e.Message, e);
                }

                if (record is null)
                    throw new StanceDataException(file, lineNumber, "the line is JSON null, not an object.");
                if (string.IsNullOrEmpty(record.Text))
                    throw new StanceDataException(file, lineNumber, "the field 'text' is missing or empty.");
                if (string.IsNullOrEmpty(record.Stance))
                    throw new StanceDataException(file, lineNumber, "the field 'stance' is missing or empty.");
                yield return (file, lineNumber, record);
            }
        }
    }
}
