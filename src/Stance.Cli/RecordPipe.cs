using System.Threading.Channels;

namespace Stance.Cli;

/// <summary>Runs the analysis of one input on a worker thread while the caller's thread formats and
/// writes the records, so that on two or more cores writing does not hold up the analysis (a
/// document's sentences must be analysed in order, one after the other).</summary>
internal static class RecordPipe
{
    // Enough records to keep both threads busy, few enough to keep memory flat on endless input.
    private const int Capacity = 1024;

    /// <summary>Hands every record of <paramref name="source"/> to <paramref name="consume"/>, in order.</summary>
    /// <remarks>An exception of the analysis (a read error, bad UTF-8) reaches the caller as it was
    /// thrown, after the records before it were consumed. If <paramref name="consume"/> throws, the
    /// analysis is stopped before the exception leaves.</remarks>
    public static async Task RunAsync(IAsyncEnumerable<SentenceStance> source, Action<SentenceStance> consume, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SentenceStance>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var record in source.WithCancellation(stop.Token).ConfigureAwait(false))
                    await channel.Writer.WriteAsync(record, stop.Token).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var record in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                consume(record);
        }
        finally
        {
            stop.Cancel();
            await producer.ConfigureAwait(false); // never throws: its failure went into the channel
        }
    }
}
