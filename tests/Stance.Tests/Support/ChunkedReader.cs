namespace Stance.Tests.Support;

/// <summary>A reader that hands out text in small, irregular pieces, so that streaming code meets
/// every split: inside a CRLF, between the halves of a surrogate pair, inside a quotation.</summary>
internal sealed class ChunkedReader(string text, int seed, int maxChunk = 7) : TextReader
{
    private readonly Random _random = new(seed);
    private int _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, _random.Next(1, maxChunk + 1)), text.Length - _position);
        text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));
}
