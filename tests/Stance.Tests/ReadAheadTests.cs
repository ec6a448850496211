namespace Stance.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task ItemsArriveInOrderAndTheSourcesExceptionAfterThem()
    {
        static async IAsyncEnumerable<int> Source()
        {
            for (int i = 0; i < 100; i++)
            {
                if (i % 7 == 0)
                    await Task.Yield();
                yield return i;
            }

            throw new InvalidDataException("bad input at 100");
        }

        var seen = new List<int>();
        var e = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var i in ReadAhead.RunAsync(Source(), capacity: 3, CancellationToken.None))
                seen.Add(i);
        });
        Assert.Equal("bad input at 100", e.Message);
        Assert.Equal(Enumerable.Range(0, 100), seen);
    }

    [Fact]
    public async Task TheWorkerRunsAtMostCapacityItemsAhead()
    {
        int produced = 0;
        int maxAhead = 0;
        int consumed = 0;
        async IAsyncEnumerable<int> Source()
        {
            for (int i = 0; i < 50; i++)
            {
                await Task.Yield();
                int ahead = Interlocked.Increment(ref produced) - Volatile.Read(ref consumed);
                InterlockedMax(ref maxAhead, ahead);
                yield return i;
            }
        }

        await foreach (var _ in ReadAhead.RunAsync(Source(), capacity: 2, CancellationToken.None))
        {
            await Task.Delay(1);
            Interlocked.Increment(ref consumed);
        }

        Assert.Equal(50, produced);
        // Two waiting in the channel, one being written and one in the consumer's hands.
        Assert.InRange(maxAhead, 1, 4);
    }

    [Fact]
    public async Task StoppingEarlyStopsTheWorkerBeforeTheEnumerationEnds()
    {
        bool sourceFinished = false;
        int produced = 0;
        async IAsyncEnumerable<int> Endless([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    await Task.Yield();
                    token.ThrowIfCancellationRequested();
                    produced++;
                    yield return i;
                }
            }
            finally
            {
                sourceFinished = true;
            }
        }

        await foreach (var i in ReadAhead.RunAsync(Endless(), capacity: 2, CancellationToken.None))
        {
            if (i == 10)
                break;
        }

        Assert.True(sourceFinished);
        int after = produced;
        await Task.Delay(50);
        Assert.Equal(after, produced);
    }

    [Fact]
    public async Task CancellationReachesTheConsumerAsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        static async IAsyncEnumerable<int> Endless([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            for (int i = 0; ; i++)
            {
                await Task.Delay(1, token);
                yield return i;
            }
        }

        int n = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ReadAhead.RunAsync(Endless(), capacity: 2, cts.Token))
            {
                if (++n == 5)
                    cts.Cancel();
            }
        });
        Assert.Equal(5, n);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
