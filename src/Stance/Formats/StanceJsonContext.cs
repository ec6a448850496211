using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Stance.Classification;

namespace Stance;

/// <summary>System.Text.Json source-generated metadata for the library's result records, so that they
/// serialize without reflection (trimming- and AOT-friendly): pass <see cref="Default"/>'s type info to
/// <see cref="JsonSerializer"/>. Stance labels serialize as <c>pro-withdrawal</c>,
/// <c>anti-withdrawal</c>, <c>neutral</c>; speaker kinds in lower case; Arabic text unescaped.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(StanceLabelJsonConverter), typeof(SpeakerKindJsonConverter)])]
[JsonSerializable(typeof(DocumentAnalysis))]
[JsonSerializable(typeof(SentenceStance))]
[JsonSerializable(typeof(IReadOnlyList<DocumentAnalysis>))]
[JsonSerializable(typeof(StanceSummary))]
[JsonSerializable(typeof(StanceMetrics))]
[JsonSerializable(typeof(Stance.Evaluation.DocumentEvaluation))]
[JsonSerializable(typeof(StanceModelMetadata))]
public sealed partial class StanceJsonContext : JsonSerializerContext
{
    // Options given at run time replace the attribute's, so they repeat its naming and converters.
    private static readonly Lazy<StanceJsonContext> s_readable = new(() => new StanceJsonContext(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new StanceLabelJsonConverter(), new SpeakerKindJsonConverter() },
    }));

    /// <summary>A context whose options leave Arabic and other non-ASCII text unescaped (only what JSON
    /// requires, and HTML-sensitive characters, are escaped). The writers of this library use it.</summary>
    public static StanceJsonContext Readable => s_readable.Value;
}

/// <summary>The JSON Lines wire record's metadata, kept internal so that the record can evolve
/// without widening the public surface.</summary>
[JsonSourceGenerationOptions(Converters = [typeof(StanceLabelJsonConverter), typeof(SpeakerKindJsonConverter)])]
[JsonSerializable(typeof(SentenceRecord))]
[JsonSerializable(typeof(IReadOnlyList<DocumentRecord>))]
internal sealed partial class SentenceRecordJsonContext : JsonSerializerContext
{
    private static readonly Lazy<SentenceRecordJsonContext> s_readable = new(() => new SentenceRecordJsonContext(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new StanceLabelJsonConverter(), new SpeakerKindJsonConverter() },
    }));

    public static SentenceRecordJsonContext Readable => s_readable.Value;
}
