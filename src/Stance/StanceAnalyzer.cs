using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Stance.Classification;
using Stance.IO;
using Stance.Speakers;
using Stance.Text;

namespace Stance;

/// <summary>
/// The front door of the library: splits Arabic text into sentences and gives each its stance toward
/// the model's target (by default: the withdrawal of US and US-led coalition forces from Iraq), its
/// probabilities and explanation, and its speaker with role, kind, cue and channel.
/// </summary>
/// <remarks>
/// <para>Thread-safe: one instance can serve any number of threads; create it once and share it
/// (creating one loads and validates the model). It holds no unmanaged resources; <see cref="Dispose"/>
/// only releases the pooled prediction engines early.</para>
/// <para>Input is never lost: every character of a text belongs to exactly one sentence's
/// <see cref="SentenceStance.Span"/> or to the white space between sentences. Text without Arabic, or
/// with control characters or lone surrogates, is analyzed like any other (such sentences come out
/// <see cref="StanceLabel.Neutral"/> unless their words say otherwise); only <see langword="null"/>
/// arguments and undecodable bytes are errors.</para>
/// </remarks>
public sealed class StanceAnalyzer : IDisposable
{
    private readonly SentenceSegmenter _segmenter;
    private readonly SpeakerAttributor _attributor;
    private readonly StanceLabelNames _labelNames;
    private readonly bool _ownsModel;

    private StanceAnalyzer(StanceModel model, StanceAnalyzerOptions? options, bool ownsModel = false)
    {
        _ownsModel = ownsModel;
        Options = options ?? StanceAnalyzerOptions.Default;
        Options.Validate();
        Model = model;
        _labelNames = model.LabelNames;
        CheckTarget(model, Options);
        _segmenter = Options.MaxSentenceLength == SentenceSegmenterOptions.Default.MaxSentenceLength
            ? SentenceSegmenter.Default
            : new SentenceSegmenter(SentenceSegmenterOptions.Default with { MaxSentenceLength = Options.MaxSentenceLength });
        _attributor = Options.Speakers is null ? SpeakerAttributor.Default : new SpeakerAttributor(Options.Speakers);
    }

    /// <summary>The options.</summary>
    public StanceAnalyzerOptions Options { get; }

    /// <summary>The stance model, with its <see cref="StanceModel.Metadata"/> (target, labels, corpus
    /// hash, metrics, ML.NET version).</summary>
    public StanceModel Model { get; }

    /// <summary>Creates an analyzer with the default model embedded in the package (loaded once per
    /// process, on first use).</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>A ready analyzer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static StanceAnalyzer CreateDefault(StanceAnalyzerOptions? options = null) => new(StanceModel.Default, options);

    /// <summary>Creates an analyzer with a model trained by <see cref="StanceTrainer"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>A ready analyzer.</returns>
    /// <exception cref="ArgumentException">The model was trained on several targets and
    /// <see cref="StanceAnalyzerOptions.Target"/> does not name one of them.</exception>
    public static StanceAnalyzer Create(StanceModel model, StanceAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(model, options);
    }

    /// <summary>Creates an analyzer with a model read from a stream. A model file is code-like: load
    /// only models from a source you trust.</summary>
    /// <param name="model">The model file's bytes.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>A ready analyzer.</returns>
    /// <exception cref="InvalidStanceModelException">The stream is not a valid model for this library.</exception>
    /// <exception cref="ArgumentException">A multi-target model and no or an unknown <see cref="StanceAnalyzerOptions.Target"/>.</exception>
    public static StanceAnalyzer Load(Stream model, StanceAnalyzerOptions? options = null) => new(StanceModel.Load(model), options, ownsModel: true);

    /// <summary>Creates an analyzer with a model read from a file. A model file is code-like: load
    /// only models from a source you trust.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>A ready analyzer.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidStanceModelException">The file is not a valid model for this library.</exception>
    /// <exception cref="ArgumentException">A multi-target model and no or an unknown <see cref="StanceAnalyzerOptions.Target"/>.</exception>
    public static StanceAnalyzer Load(string path, StanceAnalyzerOptions? options = null) => new(StanceModel.Load(path), options, ownsModel: true);

    /// <summary>Analyzes one document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="documentId">An optional identifier carried into the result.</param>
    /// <returns>The sentences of the document in order, with their stance and speaker; none for
    /// empty or white-space-only text.</returns>
    /// <remarks>Speakers are resolved in reading order, as <see cref="AnalyzeAsync(TextReader, string?, CancellationToken)"/>
    /// must: a sentence's canonical speaker name is the fullest form seen up to that sentence, so both
    /// paths give identical records. The one look-ahead is the document's opening: a headline or lede
    /// that gives its speaker only by a description ("وزير الخارجية العراقي: …") takes the name of the
    /// person the first five sentences introduce with that role. (<see cref="SpeakerAttributor.Attribute(string)"/> also applies a
    /// fuller name met later back to earlier sentences.)</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DocumentAnalysis Analyze(string text, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = _segmenter.Segment(text);
        var reader = CreateReader();
        var read = new List<StanceDocumentReader.ReadSentence>(spans.Count);
        foreach (var span in spans)
            reader.Next(text, span, 0, Options.Target, read);
        reader.Complete(read);
        var sentences = new SentenceStance[read.Count];
        for (int i = 0; i < read.Count; i++)
            sentences[i] = Score(read[i], documentId);
        return new DocumentAnalysis(documentId, sentences);
    }

    /// <summary>Analyzes a text read from <paramref name="reader"/>, sentence by sentence, holding at
    /// most a few windows of text in memory, so that texts of any size can be processed.</summary>
    /// <remarks>When <see cref="StanceAnalyzerOptions.MaxDegreeOfParallelism"/> is above 1, the reader
    /// is read, and the next sentences' speakers found, on a thread-pool thread a little ahead of the
    /// scoring (one document: about twice as fast on two cores); the reader is never used by two
    /// threads at once. Dispose the enumerator (as <c>await foreach</c> does) to stop that work early.
    /// The first five sentences come out together, once all are read (see <see cref="Analyze"/>); if the
    /// reader fails, the sentences before the failure come out first, then the exception.</remarks>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <param name="documentId">An optional identifier carried into the records.</param>
    /// <param name="cancellationToken">Stops reading and analyzing.</param>
    /// <returns>The same records, in the same order, as <see cref="Analyze"/> gives for the whole text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<SentenceStance> AnalyzeAsync(TextReader reader, string? documentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return AnalyzeCoreAsync(reader, documentId, cancellationToken);
    }

    private async IAsyncEnumerable<SentenceStance> AnalyzeCoreAsync(TextReader reader, string? documentId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batches = ReadSentencesAsync(reader, cancellationToken);
        // Speakers must be resolved in reading order, but a sentence's stance depends only on its
        // features: on two or more cores the reading, attribution and featurizing of the next sentences
        // run on a second thread while this one scores (about half the work each).
        if (Options.MaxDegreeOfParallelism > 1)
            batches = ReadAhead.RunAsync(batches, capacity: 2, cancellationToken);
        await foreach (var batch in batches.ConfigureAwait(false))
        {
            foreach (var sentence in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Score(sentence, documentId);
            }
        }
    }

    /// <summary>Reads, segments, attributes and featurizes the text, one batch per window of the text:
    /// a batch holds what the text read so far allows, so that a slow source (a live feed) delays no
    /// sentence that is already complete, except the document's opening, which waits for its fifth.</summary>
    private async IAsyncEnumerable<List<StanceDocumentReader.ReadSentence>> ReadSentencesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var document = CreateReader();
        // A window of the text: [0, length) holds the unread tail, which starts at `offset` in the document.
        char[] window = new char[Math.Max(16 * 1024, 4 * Options.MaxSentenceLength)];
        int length = 0;
        long offset = 0;
        bool final = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!final && length < window.Length)
            {
                var (n, failure) = await TryReadAsync(reader, window.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    // The sentences read before a failing source (bad bytes, a broken stream) still
                    // come out, the document's opening too, before the error.
                    var held = new List<StanceDocumentReader.ReadSentence>();
                    document.Complete(held);
                    if (held.Count > 0)
                        yield return held;
                    failure.Throw();
                }

                if (n == 0)
                    final = true;
                length += n;
            }

            int position = 0;
            string chunk = new(window, 0, length);
            var batch = new List<StanceDocumentReader.ReadSentence>();
            while (_segmenter.TryNext(chunk, ref position, final, out var span))
            {
                cancellationToken.ThrowIfCancellationRequested();
                document.Next(chunk, span, offset, Options.Target, batch);
            }

            bool end = final && position >= length;
            if (end)
                document.Complete(batch);
            if (batch.Count > 0)
                yield return batch;
            if (end)
                yield break;
            if (position == 0 && length == window.Length)
            {
                // The segmenter needs to see further than the window (a sentence end followed by a
                // very long run of white space before a possible closing quote): grow rather than guess.
                Array.Resize(ref window, window.Length * 2);
                continue;
            }

            // Keep the unfinished tail; the segmenter never needs more than a sentence of it.
            Array.Copy(window, position, window, 0, length - position);
            length -= position;
            offset += position;
        }
    }

    // An async iterator cannot yield inside a catch block: the failure is captured for the caller.
    private static async Task<(int Read, ExceptionDispatchInfo? Failure)> TryReadAsync(TextReader reader, Memory<char> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (0, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Analyzes UTF-8 text read from a stream (a leading BOM is skipped; offsets count from
    /// the text after it), sentence by sentence, with bounded memory.</summary>
    /// <param name="utf8">The stream; read to its end, not disposed.</param>
    /// <param name="documentId">An optional identifier carried into the records.</param>
    /// <param name="cancellationToken">Stops reading and analyzing.</param>
    /// <returns>The records in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="StanceDataException">The stream holds bytes that are not UTF-8 (the exception
    /// gives the byte offset); the records before that point have been yielded.</exception>
    public IAsyncEnumerable<SentenceStance> AnalyzeAsync(Stream utf8, string? documentId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return AnalyzeAsync(Utf8Input.CreateReader(utf8, documentId ?? "stream"), documentId, cancellationToken);
    }

    /// <summary>Analyzes many documents on all cores (up to
    /// <see cref="StanceAnalyzerOptions.MaxDegreeOfParallelism"/>), keeping the input order.</summary>
    /// <param name="documents">The documents: an identifier and a text each.</param>
    /// <param name="cancellationToken">Stops the work; documents already started finish first.</param>
    /// <returns>One analysis per document, in input order, produced lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a text is <see langword="null"/>.</exception>
    public IEnumerable<DocumentAnalysis> AnalyzeMany(IEnumerable<(string Id, string Text)> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Options.MaxDegreeOfParallelism)
            .WithCancellation(cancellationToken)
            .Select(d => Analyze(d.Text, d.Id));
    }

    /// <summary>Analyzes many documents from an asynchronous source on all cores, keeping the input
    /// order and holding at most a few documents per core in memory.</summary>
    /// <param name="documents">The documents: an identifier and a text each.</param>
    /// <param name="cancellationToken">Stops reading and analyzing.</param>
    /// <returns>One analysis per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or a text is <see langword="null"/>.</exception>
    public IAsyncEnumerable<DocumentAnalysis> AnalyzeManyAsync(IAsyncEnumerable<(string Id, string Text)> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return AnalyzeManyCoreAsync(documents, cancellationToken);
    }

    private async IAsyncEnumerable<DocumentAnalysis> AnalyzeManyCoreAsync(IAsyncEnumerable<(string Id, string Text)> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<DocumentAnalysis>>();
        int window = 2 * Options.MaxDegreeOfParallelism;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await foreach (var (id, text) in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(text, nameof(documents));
                cancellationToken.ThrowIfCancellationRequested();
                pending.Enqueue(Task.Run(() => Analyze(text, id), stop.Token));
                if (pending.Count >= window)
                {
                    var done = await pending.Dequeue().ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return done;
                }
            }

            while (pending.Count > 0)
            {
                var done = await pending.Dequeue().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                yield return done;
            }
        }
        finally
        {
            // Leave no work running behind the caller's back: cancel what has not started and wait
            // for what has.
            stop.Cancel();
            foreach (var task in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    /// <summary>Releases the pooled prediction engines of a model loaded by <see cref="Load(string, StanceAnalyzerOptions?)"/>
    /// or <see cref="Load(Stream, StanceAnalyzerOptions?)"/>, which the analyzer owns. The shared
    /// default model, and a model given to <see cref="Create"/> (which its caller owns), are left alone.</summary>
    public void Dispose()
    {
        if (_ownsModel)
            Model.Dispose();
    }

    /// <summary>A model trained on several targets needs to be told which one, and only one it knows:
    /// a wrong or missing target would quietly give the stance toward none of them.</summary>
    private static void CheckTarget(StanceModel model, StanceAnalyzerOptions options)
    {
        string? target = options.Target;
        var targets = model.Metadata.Targets;
        if (targets.Count == 0)
            return; // single-target models ignore the option, as documented
        if (target is null || !targets.Contains(target, StringComparer.Ordinal))
        {
            string given = target is null ? "no target was given" : $"'{target}' is not one of them";
            throw new ArgumentException($"This model was trained on {targets.Count} targets and {given}; set StanceAnalyzerOptions.Target to one of: {string.Join(", ", targets.Select(t => "'" + t + "'"))}.", nameof(options));
        }
    }

    // Reads a document in order: its speakers in context and its features, with spans in document offsets.
    private StanceDocumentReader CreateReader() => new(_attributor, Model.Choices);

    // The half that depends on the sentence alone: its stance.
    private SentenceStance Score(StanceDocumentReader.ReadSentence read, string? documentId)
    {
        var attribution = read.Attribution;
        var prediction = Model.Predict(read.Row, Options.ExplanationSize);
        // A name the confidence model doubts is withheld; the stance above used the rules' attribution.
        bool withheld = attribution is { Speaker: not null, Confidence: { } c } && c < Options.UnknownSpeakerBelow;
        return new SentenceStance(read.Text, prediction.Label, withheld ? Speaker.Unknown : attribution.Speaker)
        {
            DocumentId = documentId,
            Index = read.Index,
            Span = read.Span,
            Confidence = prediction.Scores[prediction.Label],
            Scores = prediction.Scores,
            Cue = attribution.Cue,
            CueSpan = attribution.CueSpan,
            Channel = attribution.Channel,
            SpeakerEvidence = withheld ? null : attribution.Evidence,
            SpeakerConfidence = attribution.Confidence,
            Explanation = prediction.Explanation,
            LabelNames = _labelNames,
        };
    }

}
