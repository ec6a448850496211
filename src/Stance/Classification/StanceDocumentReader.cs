using Stance.Speakers;

namespace Stance.Classification;

/// <summary>
/// Reads one document's sentences in order, as the analyzer and the trainer both must: attributes
/// each sentence's speaker with the document's speaker memory, then featurizes it with what came
/// before it (the previous sentence's speaker and composed direction, the headline's direction).
/// </summary>
/// <remarks>One instance per document; not thread-safe. Only earlier sentences inform a sentence,
/// so reading a text whole or streamed gives the same features.</remarks>
internal sealed class StanceDocumentReader
{
    private readonly SpeakerAttributor _attributor;
    private readonly Speakers.SpeakerContext _speakers;
    private readonly FeatureChoices _choices;
    private int _index;
    private string? _previousSpeaker;
    private int _previousDirection;
    private int _headlineDirection;

    public StanceDocumentReader(SpeakerAttributor attributor, FeatureChoices choices)
    {
        _attributor = attributor;
        _speakers = SpeakerAttributor.CreateContext();
        _choices = choices;
    }

    /// <summary>Attributes and featurizes the next sentence of the document.</summary>
    /// <param name="text">The text holding the sentence (the document, or a window of it).</param>
    /// <param name="span">The sentence within <paramref name="text"/>.</param>
    /// <param name="target">The target, for a multi-target model.</param>
    /// <returns>The attribution, the features and the sentence's text (cut once, for the caller too).</returns>
    public (SpeakerAttribution Attribution, StanceFeatureRow Row, string Sentence) Next(string text, Text.SentenceSpan span, string? target = null)
    {
        var attribution = _attributor.Next(_speakers, text, span);
        string? speaker = attribution.Speaker?.CanonicalName;
        // The speaker carried over without being named again ("وأضاف أن …", a quotation that goes on).
        bool continues = _index > 0 && attribution.Evidence is null && speaker is not null && speaker == _previousSpeaker;
        var context = new SentenceContext(
            _index,
            attribution.Kind,
            attribution.Cue is not null,
            continues,
            continues ? _previousDirection : 0,
            _index == 1 ? _headlineDirection : 0);
        string sentence = text.Substring(span.Start, span.Length);
        var (row, direction) = StanceFeaturizer.Default.Featurize(sentence, context, _choices, target);
        if (_index == 0)
            _headlineDirection = direction;
        _previousSpeaker = speaker;
        _previousDirection = direction;
        _index++;
        return (attribution, row, sentence);
    }

    /// <summary>Featurizes labeled sentences, reading the sentences of each document (consecutive
    /// sentences with the same <see cref="LabeledSentence.DocumentId"/>) in order; a sentence without a
    /// document is read alone.</summary>
    public static List<StanceFeatureRow> FeaturizeAll(IReadOnlyList<LabeledSentence> sentences, FeatureChoices choices, SpeakerAttributor? attributor = null)
    {
        attributor ??= SpeakerAttributor.Default;
        var rows = new List<StanceFeatureRow>(sentences.Count);
        StanceDocumentReader? reader = null;
        string? document = null;
        foreach (var s in sentences)
        {
            if (s.DocumentId is null)
            {
                var attribution = attributor.Next(SpeakerAttributor.CreateContext(), s.Text, new Text.SentenceSpan(0, s.Text.Length));
                rows.Add(StanceFeaturizer.Default.Featurize(s.Text, SentenceContext.Alone(attribution), choices, s.Target).Row);
                document = null;
                continue;
            }

            if (reader is null || s.DocumentId != document)
            {
                reader = new StanceDocumentReader(attributor, choices);
                document = s.DocumentId;
            }

            rows.Add(reader.Next(s.Text, new Text.SentenceSpan(0, s.Text.Length), s.Target).Row);
        }

        return rows;
    }
}
