using System.Collections.Concurrent;
using Microsoft.ML;

namespace Stance.Classification;

/// <summary>ML.NET's prediction engines of one model, which are not thread-safe, pooled for the
/// threads that score with them: at most two per processor are kept, the rest are disposed when
/// returned, and disposing the pool disposes the engines it holds.</summary>
/// <remarks>Written here rather than taken from Microsoft.Extensions.ObjectPool: that assembly is part
/// of the ASP.NET Core shared framework, and .NET Interactive's package loader does not load it from a
/// package, so a notebook could not load any model (measured in dotnet-repl 0.3.259).</remarks>
internal sealed class PredictionEnginePool : IDisposable
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly ConcurrentQueue<PredictionEngine<StanceFeatureRow, StanceScoreRow>> _idle = new();
    private readonly int _maximumRetained = Environment.ProcessorCount * 2;
    private int _retained;
    private volatile bool _disposed;

    public PredictionEnginePool(MLContext ml, ITransformer transformer)
    {
        _ml = ml;
        _transformer = transformer;
    }

    /// <summary>Runs one prediction on an engine of the pool.</summary>
    /// <exception cref="ObjectDisposedException">The pool was disposed.</exception>
    public StanceScoreRow Predict(StanceFeatureRow row)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var engine = Rent();
        try
        {
            var output = new StanceScoreRow();
            engine.Predict(row, ref output);
            return output;
        }
        finally
        {
            Return(engine);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        DisposeIdle();
    }

    private PredictionEngine<StanceFeatureRow, StanceScoreRow> Rent()
    {
        if (_idle.TryDequeue(out var engine))
        {
            Interlocked.Decrement(ref _retained);
            return engine;
        }

        return _ml.Model.CreatePredictionEngine<StanceFeatureRow, StanceScoreRow>(_transformer);
    }

    private void Return(PredictionEngine<StanceFeatureRow, StanceScoreRow> engine)
    {
        if (_disposed || Interlocked.Increment(ref _retained) > _maximumRetained)
        {
            if (!_disposed)
                Interlocked.Decrement(ref _retained);
            engine.Dispose();
            return;
        }

        _idle.Enqueue(engine);
        if (_disposed)
            DisposeIdle(); // disposed while this engine was being returned
    }

    private void DisposeIdle()
    {
        while (_idle.TryDequeue(out var engine))
        {
            Interlocked.Decrement(ref _retained);
            engine.Dispose();
        }
    }
}
