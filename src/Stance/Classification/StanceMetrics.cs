using System.Globalization;
using System.Text;
using Microsoft.ML.Data;

namespace Stance.Classification;

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Of the sentences predicted with this label, the share that has it.</param>
/// <param name="Recall">Of the sentences that have this label, the share predicted with it.</param>
/// <param name="F1">The harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">The number of sentences that have this label.</param>
public sealed record ClassMetrics(StanceLabel Label, double Precision, double Recall, double F1, int Support);

/// <summary>Classification metrics of a stance model on labeled sentences.</summary>
/// <param name="MacroF1">The unweighted mean of the per-label F1.</param>
/// <param name="Accuracy">The share of sentences labeled correctly.</param>
/// <param name="PerClass">Per-label metrics, in the order of <see cref="StanceLabels.All"/>.</param>
/// <param name="ConfusionMatrix">Counts: row = gold label, column = predicted label, both in the
/// order of <see cref="StanceLabels.All"/>.</param>
/// <param name="Count">The number of sentences evaluated.</param>
public sealed record StanceMetrics(double MacroF1, double Accuracy, IReadOnlyList<ClassMetrics> PerClass, IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix, int Count)
{
    /// <summary>Computes the metrics from a confusion matrix.</summary>
    /// <param name="matrix">Counts, row = gold, column = predicted, in the order of <see cref="StanceLabels.All"/>.</param>
    /// <returns>The metrics.</returns>
    public static StanceMetrics FromConfusionMatrix(int[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = StanceLabels.All.Count;
        if (matrix.GetLength(0) != n || matrix.GetLength(1) != n)
            throw new ArgumentException($"The confusion matrix must be {n}x{n}.", nameof(matrix));
        var perClass = new List<ClassMetrics>(n);
        int total = 0, correct = 0;
        for (int i = 0; i < n; i++)
        {
            int tp = matrix[i, i], gold = 0, predicted = 0;
            for (int j = 0; j < n; j++)
            {
                gold += matrix[i, j];
                predicted += matrix[j, i];
                total += matrix[i, j];
            }

            correct += tp;
            double p = predicted == 0 ? 0 : (double)tp / predicted;
            double r = gold == 0 ? 0 : (double)tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perClass.Add(new ClassMetrics(StanceLabels.All[i], p, r, f, gold));
        }

        var rows = new IReadOnlyList<int>[n];
        for (int i = 0; i < n; i++)
            rows[i] = Enumerable.Range(0, n).Select(j => matrix[i, j]).ToArray();
        return new StanceMetrics(perClass.Average(c => c.F1), total == 0 ? 0 : (double)correct / total, perClass, rows, total);
    }

    /// <summary>Pools ML.NET confusion matrices (for example the folds of a cross-validation) and
    /// computes the metrics of the pooled counts.</summary>
    internal static StanceMetrics FromMlNet(IEnumerable<ConfusionMatrix> matrices, IReadOnlyList<StanceLabel> keyOrder)
    {
        int n = StanceLabels.All.Count;
        var pooled = new int[n, n];
        foreach (var m in matrices)
        {
            for (int i = 0; i < m.NumberOfClasses; i++)
            {
                for (int j = 0; j < m.NumberOfClasses; j++)
                    pooled[Index(keyOrder[i]), Index(keyOrder[j])] += (int)Math.Round(m.GetCountForClassPair(predictedClassIndicatorIndex: j, actualClassIndicatorIndex: i));
            }
        }

        return FromConfusionMatrix(pooled);
    }

    private static int Index(StanceLabel label) => label switch
    {
        StanceLabel.Pro => 0,
        StanceLabel.Anti => 1,
        _ => 2,
    };

    /// <summary>A plain-text report: the summary figures, the per-label table and the confusion matrix.</summary>
    /// <returns>The report.</returns>
    public string ToReport()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"sentences: {Count}");
        sb.AppendLine(c, $"macro-F1:  {MacroF1:0.000}");
        sb.AppendLine(c, $"accuracy:  {Accuracy:0.000}");
        sb.AppendLine();
        sb.AppendLine("label             precision  recall     F1  support");
        foreach (var m in PerClass)
            sb.AppendLine(c, $"{m.Label.ToWireName(),-16}  {m.Precision,9:0.000}  {m.Recall,6:0.000}  {m.F1,5:0.000}  {m.Support,7}");
        sb.AppendLine();
        sb.AppendLine("confusion (rows: gold, columns: predicted)");
        sb.AppendLine(c, $"{"",-16}  {"pro",5}  {"anti",5}  {"neut",5}");
        for (int i = 0; i < ConfusionMatrix.Count; i++)
            sb.AppendLine(c, $"{StanceLabels.All[i].ToWireName(),-16}  {ConfusionMatrix[i][0],5}  {ConfusionMatrix[i][1],5}  {ConfusionMatrix[i][2],5}");
        return sb.ToString();
    }
}
