using Stance.Text;

namespace Stance.Speakers;

/// <summary>
/// Finds who each sentence of an Arabic news text is attributed to: the speaker, its role and kind,
/// the reporting cue and the outlet that carried the words, following the Speaker section of the
/// annotation guidelines.
/// </summary>
/// <remarks>
/// <para>Rules, not a model: reporting verbs and "according to" phrases with the subject after or
/// before them, appositions of title and name, headlines "X: …", verbs of position with a
/// recognizable actor, and subject-less continuations resolved within the document by gender and
/// number. Later short mentions ("السوداني", "المتحدثة", "الوزارة") resolve to the fullest earlier one.</para>
/// <para>The lexicons are embedded text files (<c>speaker-cues.txt</c>, <c>speaker-position-verbs.txt</c>,
/// <c>speaker-titles.txt</c>, <c>speaker-heads.txt</c>, <c>known-speakers.txt</c>) and can be extended with
/// <see cref="SpeakerAttributorOptions"/>.</para>
/// <para>Instances are immutable after construction and safe to share across threads. Any input
/// (empty, Latin-only, control characters, lone surrogates, very long sentences) gives narrator or a
/// valid attribution; time is linear in the text.</para>
/// </remarks>
public sealed class SpeakerAttributor
{
    private static readonly Lazy<SpeakerAttributor> s_default = new(() => new SpeakerAttributor());
    private readonly SpeakerLexicon _lexicon;
    private readonly SentenceSegmenter _segmenter = SentenceSegmenter.Default;

    /// <summary>Creates an attributor with the embedded lexicons and the given extensions.</summary>
    /// <param name="options">Extensions of the lexicons; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="SpeakerAttributorOptions"/>),
    /// or an extra lexicon file is malformed.</exception>
    public SpeakerAttributor(SpeakerAttributorOptions? options = null)
    {
        Options = options ?? SpeakerAttributorOptions.Default;
        Options.Validate();
        // Which lexicon a file extends is known here, where the lexicons are read.
        foreach (var path in Options.ExtraLexiconFiles)
        {
            if (LexiconFiles.KindOf(path) is null)
                throw new ArgumentException($"Lexicon file '{path}': the name must end with one of {string.Join(", ", LexiconFiles.Names)}.", nameof(options));
        }

        try
        {
            _lexicon = ReferenceEquals(Options, SpeakerAttributorOptions.Default) ? SpeakerLexicon.Default : new SpeakerLexicon(Options);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ArgumentException("An extra lexicon file could not be read: " + e.Message, nameof(options), e);
        }
    }

    /// <summary>The shared attributor with the embedded lexicons.</summary>
    public static SpeakerAttributor Default => s_default.Value;

    /// <summary>The options this attributor was built with.</summary>
    public SpeakerAttributorOptions Options { get; }

    /// <summary>Segments <paramref name="text"/> into sentences and attributes each one.</summary>
    /// <param name="text">A document.</param>
    /// <returns>One attribution per sentence of <see cref="SentenceSegmenter.Segment(string)"/>, in order.
    /// Spans are offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<SpeakerAttribution> Attribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Attribute(text, _segmenter.Segment(text));
    }

    /// <summary>Attributes the given sentences of one document, in order.</summary>
    /// <param name="text">The document.</param>
    /// <param name="sentences">Its sentences, in order.</param>
    /// <returns>One attribution per sentence. Speakers carry the fullest name and the role the whole
    /// document gives them, also where an earlier sentence used a shorter form.</returns>
    internal IReadOnlyList<SpeakerAttribution> Attribute(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var read = ReadInOrder(text, sentences);
        var results = new SpeakerAttribution[read.Length];
        for (int i = 0; i < read.Length; i++)
        {
            var (attribution, entity, evidence) = read[i];
            results[i] = Scored(attribution, evidence);
            // A later, fuller mention ("محمد شياع السوداني" after "السوداني") names the earlier ones too.
            if (entity is { } e && results[i].Speaker is { } s && (s.CanonicalName != e.Canonical || s.Role != e.Role))
                results[i] = results[i] with { Speaker = s with { CanonicalName = e.Canonical, Role = e.Role } };
        }

        return results;
    }

    // The sentences in reading order through one context, the opening resolved once it is read (as the
    // analyzer does). The entities are read after the whole document, so each holds the fullest name
    // the document gives it.
    private (SpeakerAttribution Attribution, SpeakerEntity? Entity, AttributionEvidence Evidence)[] ReadInOrder(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        var context = CreateContext();
        var read = new (SpeakerAttribution, SpeakerEntity?, AttributionEvidence)[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            read[i] = Read(context, text, sentences[i], 0);
            if (i + 1 == Math.Min(OpeningCataphora.Sentences, sentences.Count))
            {
                for (int k = 0; k <= i; k++)
                    read[k] = OpeningCataphora.Resolve(context, read[k].Item1, read[k].Item2, read[k].Item3);
            }
        }

        return read;
    }

    /// <summary>Creates the memory of one document for <see cref="Next"/>.</summary>
    internal static SpeakerContext CreateContext() => new();

    /// <summary>Attributes the next sentence of a document whose earlier sentences went through the same
    /// <paramref name="context"/>: the streaming form of <see cref="Attribute(string)"/>.</summary>
    /// <param name="context">The document's memory, from <see cref="CreateContext"/>.</param>
    /// <param name="text">A string that holds the sentence (the document, or a buffer of it).</param>
    /// <param name="sentence">The sentence as a range of <paramref name="text"/>.</param>
    /// <param name="baseOffset">Added to every returned span: the offset of <paramref name="text"/> in the
    /// document when it is a buffer, so that spans refer to the document. Default 0.</param>
    /// <returns>The attribution. Its canonical name is the fullest form seen so far (a fuller form met
    /// later is not applied back, unlike <see cref="Attribute(string)"/>), and a headline's description is
    /// not resolved to a person named after it (<see cref="Read"/> and <see cref="OpeningCataphora"/> do that).</returns>
    internal SpeakerAttribution Next(SpeakerContext context, string text, SentenceSpan sentence, int baseOffset = 0)
    {
        var (attribution, _, evidence) = Read(context, text, sentence, baseOffset);
        return Scored(attribution, evidence);
    }

    /// <summary>The rules' attributions of a document's sentences with what the rules saw, unscored:
    /// the rows the speaker confidence model is trained on.</summary>
    internal IReadOnlyList<(SpeakerAttribution Attribution, AttributionEvidence Evidence)> AttributeWithEvidence(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        return Array.ConvertAll(ReadInOrder(text, sentences), r => (r.Attribution, r.Evidence));
    }

    /// <summary>The attribution with the speaker confidence model's probability that it is right.</summary>
    internal static SpeakerAttribution Scored(SpeakerAttribution attribution, in AttributionEvidence evidence) =>
        attribution with { Confidence = SpeakerConfidenceModel.Default.Probability(evidence) };

    /// <summary>Attributes the next sentence like <see cref="Next"/>, unscored and with the speaker and what
    /// the rules saw: the form the analyzer reads a document's opening in, to resolve it once read
    /// (<see cref="OpeningCataphora"/>) and score it then (<see cref="Scored"/>).</summary>
    internal (SpeakerAttribution Attribution, SpeakerEntity? Entity, AttributionEvidence Evidence) Read(SpeakerContext context, string text, SentenceSpan sentence, int baseOffset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        if (sentence.Start < 0 || sentence.Length < 0 || sentence.End > text.Length)
            throw new ArgumentOutOfRangeException(nameof(sentence), $"The sentence [{sentence.Start}, {sentence.End}) is outside the text of length {text.Length}.");
        return SentenceAttribution.Run(_lexicon, context, text, sentence.Start, sentence.End, baseOffset);
    }
}
