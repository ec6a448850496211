using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Stance.Classification;

/// <summary>Explains decisions: reads the linear model's weights once, and names the features that
/// pushed a sentence toward its label most (from ML.NET's slot names, prettified only when chosen).</summary>
internal sealed class FeatureExplainer
{
    private readonly float[][] _weights;
    private readonly ReadOnlyMemory<char>[] _names; // ML.NET's slot names, prettified only when chosen
    private readonly (int Start, string Block)[] _blocks;

    private FeatureExplainer(float[][] weights, ReadOnlyMemory<char>[] names, (int Start, string Block)[] blocks)
    {
        _blocks = blocks;
        _weights = weights;
        _names = names;
    }

    public static FeatureExplainer? TryCreate(ITransformer transformer, ReadOnlyMemory<char>[] names, DataViewSchema inputSchema)
    {
        if (transformer is not TransformerChain<ITransformer> chain)
            return null;
        var last = chain.LastTransformer;
        if (last is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
            return null;
        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out _);
        if (names.Length == 0)
            return null;
        var schema = transformer.GetOutputSchema(inputSchema);
        int words = ((VectorDataViewType)schema[StancePipeline.WordBlock].Type).Size, chars = ((VectorDataViewType)schema[StancePipeline.CharBlock].Type).Size;
        return new FeatureExplainer(weights.Select(v => v.DenseValues().ToArray()).ToArray(), names, [(0, StancePipeline.WordBlock), (words, StancePipeline.CharBlock), (words + chars, StancePipeline.CueBlock)]);
    }

    public FeatureContribution[] Explain(VBuffer<float> features, int classIndex, int count)
    {
        if (classIndex < 0 || classIndex >= _weights.Length)
            return [];
        var w = _weights[classIndex];
        var values = features.GetValues();
        var indices = features.GetIndices();
        bool dense = features.IsDense;
        var best = new List<(string Name, double Weight)>();
        for (int k = 0; k < values.Length; k++)
        {
            int slot = dense ? k : indices[k];
            if (values[k] == 0 || slot >= w.Length || slot >= _names.Length)
                continue;
            double contribution = values[k] * (double)w[slot];
            if (contribution <= 0)
                continue;
            best.Add((Prettify(BlockOf(slot) + "." + _names[slot].ToString()), contribution));
        }

        return best.OrderByDescending(c => c.Weight).ThenBy(c => c.Name, StringComparer.Ordinal).Take(count)
            .Select(c => new FeatureContribution(c.Name, c.Weight)).ToArray();
    }

    private string BlockOf(int slot) => _blocks.Last(b => b.Start <= slot).Block;

    // "word.قوات|+ها" → "word:قوات +ها"; "char.<␂>قو" → "char:␂قو"
    private static string Prettify(string slot)
    {
        int dot = slot.IndexOf('.');
        if (dot <= 0)
            return slot;
        string block = slot[..dot];
        string rest = slot[(dot + 1)..].Replace('|', ' ');
        if (block == StancePipeline.CharBlock)
            rest = rest.Replace("<␂>", "^").Replace("<␃>", "$").Replace("<␠>", "_");
        return block + ":" + rest;
    }
}
