using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Stance.Classification;

/// <summary>ML.NET's prediction engines of one model, which are not thread-safe, pooled for the
/// threads that score with them: at most two per processor are kept, the rest are disposed when
/// returned, and disposing the pool disposes the engines it holds.</summary>
internal sealed class PredictionEnginePool : IDisposable
{
    private readonly ObjectPool<PredictionEngine<StanceFeatureRow, StanceScoreRow>> _pool;

    public PredictionEnginePool(MLContext ml, ITransformer transformer)
    {
        // For a disposable type the provider gives a pool that disposes what it drops and holds.
        var provider = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 };
        _pool = provider.Create(new EnginePolicy(ml, transformer));
    }

    /// <summary>Runs one prediction on an engine of the pool.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public StanceScoreRow Predict(StanceFeatureRow row)
    {
        var engine = _pool.Get();
        try
        {
            var output = new StanceScoreRow();
            engine.Predict(row, ref output);
            return output;
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    public void Dispose() => (_pool as IDisposable)?.Dispose();

    private sealed class EnginePolicy(MLContext ml, ITransformer transformer) : PooledObjectPolicy<PredictionEngine<StanceFeatureRow, StanceScoreRow>>
    {
        public override PredictionEngine<StanceFeatureRow, StanceScoreRow> Create() =>
            ml.Model.CreatePredictionEngine<StanceFeatureRow, StanceScoreRow>(transformer);

        public override bool Return(PredictionEngine<StanceFeatureRow, StanceScoreRow> obj) => true;
    }
}
