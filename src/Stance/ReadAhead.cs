using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Stance;

/// <summary>Enumerates an asynchronous sequence on another thread, a few items ahead of its consumer,
/// so that producing the next items and consuming the current ones run at the same time.</summary>
internal static class ReadAhead
{
    /// <summary>The items of <paramref name="source"/>, in order, produced by a worker task.</summary>
    /// <param name="source">The sequence; enumerated once, on the thread pool.</param>
    /// <param name="capacity">How many items the worker may run ahead.</param>
    /// <param name="cancellationToken">Stops the worker and the enumeration.</param>
    /// <remarks>An exception of <paramref name="source"/> reaches the consumer as it was thrown, after
    /// the items before it. When the consumer stops early (or fails), the worker is stopped and awaited
    /// before the enumeration ends: nothing keeps running behind the caller's back.</remarks>
    public static async IAsyncEnumerable<T> RunAsync<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token).ConfigureAwait(false))
                    await channel.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e); // rethrown to the consumer by WaitToReadAsync
            }
        }, CancellationToken.None);

        try
        {
            var reader = channel.Reader;
            while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return item;
                }
            }
        }
        finally
        {
            stop.Cancel();
            await worker.ConfigureAwait(false); // never throws: its failure went into the channel
        }
    }
}
