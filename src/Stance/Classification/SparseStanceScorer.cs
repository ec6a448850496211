using System.Buffers;
using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Stance.Text;

namespace Stance.Classification;

/// <summary>
/// Scores a featurized sentence without running the ML.NET pipeline per sentence: finds the slots of
/// the sentence's word n-grams, character n-grams and cues in the dictionaries the trained pipeline
/// learned, writes them as a sparse <see cref="VBuffer{T}"/> with the pipeline's weighting (term
/// counts, each n-gram block scaled to unit L2 norm), and applies the trained linear model's weights,
/// biases and softmax. The ML.NET model stays the model: this is read from it on load.
/// </summary>
/// <remarks>
/// <para>It gives the ML.NET pipeline's probabilities to float rounding; a test compares both on every
/// sentence of the corpora. A sentence whose features could be told apart only by ML.NET (a surrogate
/// character, whose slot name ML.NET does not keep apart, or a token holding the n-gram separator)
/// is declined, and the caller runs the pipeline for it.</para>
/// <para>Immutable and safe to share across threads; scratch space is rented per call.</para>
/// </remarks>
internal sealed class SparseStanceScorer
{
    private const int Classes = 3;

    private readonly SlotTable _words;
    private readonly SlotTable[] _chars; // by n-gram length − 1: the short ones stay in cache
    private readonly StringSpanMap _cues;
    private readonly int _wordNgrams;
    private readonly int _charNgrams;
    private readonly float[] _weights; // [slot * Classes + class], for the cues
    private readonly float[] _biases;

    private SparseStanceScorer(SlotTable words, SlotTable[] chars, StringSpanMap cues, int wordNgrams, int charNgrams, int slotCount, float[] weights, float[] biases)
    {
        _words = words;
        _chars = chars;
        _cues = cues;
        _wordNgrams = wordNgrams;
        _charNgrams = charNgrams;
        SlotCount = slotCount;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The length of the model's feature vector.</summary>
    public int SlotCount { get; }

    /// <summary>Reads the feature dictionaries and the linear model from a trained pipeline.</summary>
    /// <returns>The scorer, or <see langword="null"/> when the pipeline is not the one
    /// <see cref="StancePipeline"/> builds with a maximum-entropy trainer, or conjoins targets (the
    /// caller then runs ML.NET).</returns>
    /// <param name="transformer">The trained pipeline.</param>
    /// <param name="inputSchema">The columns it reads.</param>
    /// <param name="metadata">The model's metadata (n-gram lengths, targets).</param>
    /// <param name="featureNames">The slot names of its <c>word</c>, <c>char</c> and <c>cue</c> blocks in
    /// the order of the <c>Features</c> column, read once by the model and shared with its explanations.</param>
    public static SparseStanceScorer? TryCreate(ITransformer transformer, DataViewSchema inputSchema, StanceModelMetadata metadata, ReadOnlyMemory<char>[] featureNames)
    {
        if (metadata.TrainerOptions is not { } options || metadata.Targets.Count > 0
            || options.CharNgramLength is < 1 or > CharSlotNames.MaxLength || options.WordNgramLength is < 1 or > 8)
            return null;
        if (transformer is not TransformerChain<ITransformer> { LastTransformer: MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor })
            return null;

        var schema = transformer.GetOutputSchema(inputSchema);
        int wordCount = BlockSize(schema, StancePipeline.WordBlock), charCount = BlockSize(schema, StancePipeline.CharBlock), cueCount = BlockSize(schema, StancePipeline.CueBlock);
        if (wordCount < 0 || charCount < 0 || cueCount < 0 || featureNames.Length != wordCount + charCount + cueCount)
            return null;
        var words = featureNames[..wordCount];
        var chars = featureNames[wordCount..(wordCount + charCount)];
        var cues = featureNames[(wordCount + charCount)..];

        VBuffer<float>[] classWeights = [];
        predictor.Model.GetWeights(ref classWeights, out int classes);
        float[] biases = [.. predictor.Model.GetBiases()];
        int slots = words.Length + chars.Length + cues.Length;
        if (classes != Classes || biases.Length != Classes || classWeights.Length != Classes || classWeights.Any(w => w.Length != slots))
            return null;

        var weights = new float[slots * Classes];
        for (int k = 0; k < Classes; k++)
        {
            foreach (var (slot, value) in classWeights[k].Items())
                weights[slot * Classes + k] = value;
        }

        return new SparseStanceScorer(
            new SlotTable(WordKeys(words), weights), CharKeys(chars, words.Length).Select(keys => new SlotTable(keys, weights)).ToArray(), CueMap(cues, words.Length + chars.Length),
            options.WordNgramLength, options.CharNgramLength, slots, weights, biases);
    }

    /// <summary>Scores a featurized sentence.</summary>
    /// <param name="row">The sentence's features.</param>
    /// <param name="probabilities">Receives the probabilities in the model's score order.</param>
    /// <param name="features">When not <see langword="null"/>, receives the feature vector (for explanations).</param>
    /// <returns><see langword="false"/> when the sentence must be scored by ML.NET instead.</returns>
    public bool TryScore(StanceFeatureRow row, Span<float> probabilities, Action<VBuffer<float>>? features = null)
    {
        if (!CanScore(row))
            return false;
        int occurrences = row.Tokens.Length * _wordNgrams + (row.Chars.Length + 2) * _charNgrams + row.Cues.Length;
        var counter = SlotCounter.Rent(occurrences);
        Span<double> score = stackalloc double[Classes];
        if (!AddWords(row.Tokens, counter, score) || !AddChars(row.Chars, counter, score) || !AddCues(row.Cues, counter, score))
            return false;
        for (int k = 0; k < Classes; k++)
            score[k] += _biases[k];
        Softmax(score, probabilities);
        if (features is not null)
            features(counter.ToVector(SlotCount));
        return true;
    }

    private static bool CanScore(StanceFeatureRow row)
    {
        foreach (var token in row.Tokens)
        {
            if (token.Contains('|'))
                return false;
        }

        foreach (char c in row.Chars)
        {
            if (char.IsSurrogate(c) || c is '\0' or '\uffff')
                return false;
        }

        return true;
    }

    // Word n-grams of every length up to the model's, keyed by the hash of the name ML.NET gives
    // them ("a|b"); false when one of them reaches a key that ML.NET gave to two slots.
    private bool AddWords(string[] tokens, SlotCounter block, Span<double> score)
    {
        Span<double> sum = stackalloc double[Classes];
        for (int i = 0; i < tokens.Length; i++)
        {
            ulong hash = NgramHash.Start;
            for (int k = 0; k < _wordNgrams && i + k < tokens.Length; k++)
            {
                if (k > 0)
                    hash = NgramHash.Add(hash, '|');
                hash = NgramHash.Add(hash, tokens[i + k]);
                ref readonly var e = ref _words.Find(NgramHash.Finish(hash));
                if (e.Key == 0)
                    continue;
                if (e.Slot < 0)
                    return false;
                Count(in e, block, sum);
            }
        }

        block.Close(sum, normalize: true, score);
        return true;
    }

    // One present n-gram: its slot counts once more, its weights join the block's sums.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(in SlotTable.Entry e, SlotCounter block, Span<double> sum)
    {
        block.Add(e.Slot);
        sum[0] += e.W0;
        sum[1] += e.W1;
        sum[2] += e.W2;
    }

    // Character n-grams over the text between ML.NET's start (U+0002) and end (U+0003) markers; an
    // empty text has no characters and no markers.
    private bool AddChars(string text, SlotCounter block, Span<double> score)
    {
        Span<double> sum = stackalloc double[Classes];
        int length = text.Length == 0 ? 0 : text.Length + 2;
        for (int i = 0; i < length; i++)
        {
            ulong key = 0;
            for (int k = 0; k < _charNgrams && i + k < length; k++)
            {
                int at = i + k;
                char c = at == 0 ? '\u0002' : at == length - 1 ? '\u0003' : text[at - 1];
                key |= (ulong)c << (16 * k);
                ref readonly var e = ref _chars[k].Find(key);
                if (e.Key == 0)
                    continue;
                Count(in e, block, sum);
            }
        }

        block.Close(sum, normalize: true, score);
        return true;
    }

    private bool AddCues(string[] cues, SlotCounter block, Span<double> score)
    {
        Span<double> sum = stackalloc double[Classes];
        foreach (var cue in cues)
        {
            if (!_cues.TryGetValue(cue, out int slot))
                continue;
            if (slot < 0)
                return false;
            block.Add(slot);
            int w = slot * Classes;
            sum[0] += _weights[w];
            sum[1] += _weights[w + 1];
            sum[2] += _weights[w + 2];
        }

        block.Close(sum, normalize: false, score);
        return true;
    }

    private static void Softmax(ReadOnlySpan<double> score, Span<float> probabilities)
    {
        double max = Math.Max(score[0], Math.Max(score[1], score[2]));
        double sum = 0;
        for (int k = 0; k < Classes; k++)
            sum += Math.Exp(score[k] - max);
        for (int k = 0; k < Classes; k++)
            probabilities[k] = (float)(Math.Exp(score[k] - max) / sum);
    }

    private static int BlockSize(DataViewSchema schema, string column) =>
        schema.GetColumnOrNull(column) is { Type: VectorDataViewType { Size: > 0 and var size } } ? size : -1;

    private static List<(ulong, int)> WordKeys(ReadOnlyMemory<char>[] names)
    {
        var keys = new List<(ulong, int)>(names.Length);
        for (int slot = 0; slot < names.Length; slot++)
            keys.Add((NgramHash.Finish(NgramHash.Add(NgramHash.Start, names[slot].Span)), slot));
        return keys;
    }

    // Names that cannot be read back (a surrogate's shared picture) are left out: sentences with
    // surrogates are declined by CanScore.
    private static List<(ulong, int)>[] CharKeys(ReadOnlyMemory<char>[] names, int offset)
    {
        var keys = new List<(ulong, int)>[CharSlotNames.MaxLength];
        for (int n = 0; n < keys.Length; n++)
            keys[n] = [];
        Span<char> chars = stackalloc char[CharSlotNames.MaxLength];
        for (int i = 0; i < names.Length; i++)
        {
            int length = CharSlotNames.TryRead(names[i].Span, chars);
            if (length > 0)
                keys[length - 1].Add((CharSlotNames.Pack(chars[..length]), offset + i));
        }

        return keys;
    }

    private static StringSpanMap CueMap(ReadOnlyMemory<char>[] names, int offset)
    {
        var map = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            // A name met twice cannot tell its slots apart: a sentence that reaches it is declined.
            string name = names[i].ToString();
            if (!map.TryAdd(name, offset + i))
                map[name] = -1;
        }

        return new StringSpanMap(map);
    }
}
