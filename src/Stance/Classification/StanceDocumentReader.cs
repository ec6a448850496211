using Stance.Speakers;

namespace Stance.Classification;

/// <summary>
/// Reads one document's sentences in order, as the analyzer and the trainer both must: attributes
/// each sentence's speaker with the document's speaker memory, then featurizes it with what came
/// before it (the previous sentence's speaker and composed direction, the headline's direction).
/// </summary>
/// <remarks>One instance per document; not thread-safe. Only earlier sentences inform a sentence, except
/// in the document's opening, whose speakers are final once its first <see cref="OpeningCataphora.Sentences"/>
/// sentences are read (a headline's description named in the lede): those sentences are held until
/// then, so reading a text whole or streamed gives the same features.</remarks>
internal sealed class StanceDocumentReader
{
    private readonly SpeakerAttributor _attributor;
    private readonly Speakers.SpeakerContext _speakers;
    private readonly FeatureChoices _choices;
    private readonly List<Pending> _opening = [];
    private bool _openingRead;
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

    /// <summary>A sentence read and featurized, its spans in document offsets.</summary>
    /// <param name="Attribution">The speaker, scored by the speaker confidence model.</param>
    /// <param name="Row">The features.</param>
    /// <param name="Text">The sentence's text (cut once, for the caller too).</param>
    /// <param name="Index">The sentence's position in the document.</param>
    /// <param name="Span">The sentence in the document.</param>
    public sealed record ReadSentence(SpeakerAttribution Attribution, StanceFeatureRow Row, string Text, int Index, TextSpan Span);

    private readonly record struct Pending(SpeakerAttribution Attribution, SpeakerEntity? Entity, AttributionEvidence Evidence, string Text, TextSpan Span, string? Target);

    /// <summary>Attributes the next sentence of the document and adds to <paramref name="output"/> the
    /// sentences that are now final, in order: none while the opening is read, then the whole opening,
    /// then each sentence as it comes.</summary>
    /// <param name="text">The text holding the sentence (the document, or a window of it).</param>
    /// <param name="span">The sentence within <paramref name="text"/>.</param>
    /// <param name="offset">The offset of <paramref name="text"/> in the document.</param>
    /// <param name="target">The target, for a multi-target model.</param>
    /// <param name="output">Receives the final sentences.</param>
    public void Next(string text, Text.SentenceSpan span, long offset, string? target, List<ReadSentence> output)
    {
        var (attribution, entity, evidence) = _attributor.Read(_speakers, text, span, checked((int)offset));
        var pending = new Pending(attribution, entity, evidence, text.Substring(span.Start, span.Length), new TextSpan(checked((int)(offset + span.Start)), span.Length), target);
        if (_openingRead)
        {
            output.Add(Featurize(pending));
            return;
        }

        _opening.Add(pending);
        if (_opening.Count == OpeningCataphora.Sentences)
            ReleaseOpening(output);
    }

    /// <summary>The document ended: adds the sentences of an opening shorter than
    /// <see cref="OpeningCataphora.Sentences"/> to <paramref name="output"/>.</summary>
    /// <param name="output">Receives the final sentences.</param>
    public void Complete(List<ReadSentence> output)
    {
        if (!_openingRead)
            ReleaseOpening(output);
    }

    private void ReleaseOpening(List<ReadSentence> output)
    {
        foreach (var p in _opening)
        {
            var (attribution, _, evidence) = OpeningCataphora.Resolve(_speakers, p.Attribution, p.Entity, p.Evidence);
            output.Add(Featurize(p with { Attribution = attribution, Evidence = evidence }));
        }

        _opening.Clear();
        _openingRead = true;
    }

    private ReadSentence Featurize(Pending p)
    {
        var attribution = SpeakerAttributor.Scored(p.Attribution, p.Evidence);
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
        var (row, direction) = StanceFeaturizer.Default.Featurize(p.Text, context, _choices, p.Target);
        if (_index == 0)
            _headlineDirection = direction;
        _previousSpeaker = speaker;
        _previousDirection = direction;
        return new ReadSentence(attribution, row, p.Text, _index++, p.Span);
    }

    /// <summary>Featurizes labeled sentences, reading the sentences of each document (consecutive
    /// sentences with the same <see cref="LabeledSentence.DocumentId"/>) in order; a sentence without a
    /// document is read alone.</summary>
    public static List<StanceFeatureRow> FeaturizeAll(IReadOnlyList<LabeledSentence> sentences, FeatureChoices choices, SpeakerAttributor? attributor = null)
    {
        attributor ??= SpeakerAttributor.Default;
        var rows = new List<StanceFeatureRow>(sentences.Count);
        var read = new List<ReadSentence>();
        StanceDocumentReader? reader = null;
        string? document = null;
        foreach (var s in sentences)
        {
            if (reader is not null && s.DocumentId != document)
            {
                reader.Complete(read);
                rows.AddRange(read.Select(r => r.Row));
                read.Clear();
                reader = null;
            }

            if (s.DocumentId is null)
            {
                var attribution = attributor.Next(SpeakerAttributor.CreateContext(), s.Text, new Text.SentenceSpan(0, s.Text.Length));
                rows.Add(StanceFeaturizer.Default.Featurize(s.Text, SentenceContext.Alone(attribution), choices, s.Target).Row);
                continue;
            }

            reader ??= new StanceDocumentReader(attributor, choices);
            document = s.DocumentId;
            reader.Next(s.Text, new Text.SentenceSpan(0, s.Text.Length), 0, s.Target, read);
            rows.AddRange(read.Select(r => r.Row));
            read.Clear();
        }

        reader?.Complete(read);
        rows.AddRange(read.Select(r => r.Row));
        return rows;
    }
}
