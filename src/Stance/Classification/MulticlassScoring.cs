using Microsoft.ML;
using Microsoft.ML.Data;

namespace Stance.Classification;

/// <summary>Turns gold labels and predicted probabilities into ML.NET's multiclass metrics, so that
/// every figure the library reports comes from ML.NET's evaluator.</summary>
internal static class MulticlassScoring
{
    private static readonly StanceLabel[] s_scoreOrder = StancePipeline.KeyOrder.Select(StanceLabels.FromKey).ToArray();

    /// <summary>Evaluates predictions whose label is the best of their scores.</summary>
    public static StanceMetrics Evaluate(StanceModel model, IEnumerable<(StanceLabel Gold, StanceScores Scores)> predictions) =>
        Evaluate(model.Context, predictions);

    public static StanceMetrics Evaluate(MLContext ml, IEnumerable<(StanceLabel Gold, StanceScores Scores)> predictions)
    {
        var view = ToDataView(ml, predictions);
        var metrics = ml.MulticlassClassification.Evaluate(view, labelColumnName: StancePipeline.LabelKey);
        return StanceMetrics.FromMlNet([metrics.ConfusionMatrix], s_scoreOrder);
    }

    /// <summary>The rows ML.NET's evaluator reads: gold key, scores and predicted key, typed as keys.</summary>
    public static IDataView ToDataView(MLContext ml, IEnumerable<(StanceLabel Gold, StanceScores Scores)> predictions)
    {
        // LoadFromEnumerable reads a key column's values as 0-based (CreateEnumerable gives them 1-based).
        var rows = predictions.Select(p => new Row
        {
            LabelKey = (uint)Array.IndexOf(s_scoreOrder, p.Gold),
            Score = Array.ConvertAll(s_scoreOrder, label => (float)p.Scores[label]),
            PredictedLabel = (uint)Array.IndexOf(s_scoreOrder, p.Scores.Best),
        }).ToList();
        return ml.Data.LoadFromEnumerable(rows, Row.Schema(s_scoreOrder.Length));
    }

    private sealed class Row
    {
        public uint LabelKey { get; set; }

        public float[] Score { get; set; } = [];

        public uint PredictedLabel { get; set; }

        public static SchemaDefinition Schema(int classes)
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(LabelKey)].ColumnName = StancePipeline.LabelKey;
            schema[nameof(LabelKey)].ColumnType = new KeyDataViewType(typeof(uint), classes);
            schema[nameof(PredictedLabel)].ColumnType = new KeyDataViewType(typeof(uint), classes);
            schema[nameof(Score)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, classes);
            return schema;
        }
    }
}
