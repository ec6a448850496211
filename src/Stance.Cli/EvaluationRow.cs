using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Stance.Cli;

/// <summary>One line of <c>stance evaluate --docs --rows</c>: a gold sentence's location and labels
/// beside the aligned prediction. It carries no sentence text, so that rows written for an outlet's
/// documents can be shared without its text.</summary>
internal sealed record EvaluationRow(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("gold")] string Gold,
    [property: JsonPropertyName("predicted")] string Predicted,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("goldSpeaker")] string? GoldSpeaker,
    [property: JsonPropertyName("goldKind")] string GoldKind,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("cue")] string? Cue,
    [property: JsonPropertyName("stanceCorrect")] bool StanceCorrect,
    [property: JsonPropertyName("speakerCorrect")] bool SpeakerCorrect,
    [property: JsonPropertyName("spanMatches")] bool SpanMatches);

[JsonSerializable(typeof(EvaluationRow))]
internal sealed partial class EvaluationRowJsonContext : JsonSerializerContext
{
    private static readonly Lazy<EvaluationRowJsonContext> s_readable = new(() => new EvaluationRowJsonContext(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    }));

    public static EvaluationRowJsonContext Readable => s_readable.Value;
}
