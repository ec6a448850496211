using System.Buffers;
using System.Text.Unicode;

namespace Stance.IO;

/// <summary>Strict UTF-8 decoding that reports where invalid bytes are, instead of replacing them
/// silently (which would lose text) or throwing an error without a position.</summary>
internal static class Utf8Input
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes a whole file's bytes; a leading BOM is dropped, so offsets count from the text after it.</summary>
    /// <exception cref="StanceDataException">The bytes are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        int skip = bytes.StartsWith(Bom) ? 3 : 0;
        var source = bytes[skip..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, source.Length));
        try
        {
            var status = Utf8.ToUtf16(source, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
                throw StanceDataException.InvalidUtf8(name, skip + read);
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads a file strictly as UTF-8.</summary>
    /// <exception cref="StanceDataException">The file is not valid UTF-8.</exception>
    public static string ReadFile(string path) => Decode(File.ReadAllBytes(path), path);

    /// <summary>A reader over a stream that decodes strictly and reports the byte offset of invalid input.</summary>
    public static TextReader CreateReader(Stream stream, string name) => new StrictUtf8Reader(stream, name);

    private sealed class StrictUtf8Reader(Stream stream, string name) : TextReader
    {
        private readonly byte[] _bytes = new byte[64 * 1024];
        private int _count;          // bytes in _bytes not yet decoded
        private long _consumed;      // bytes of the stream decoded so far
        private bool _eof, _started;
        private char? _pending;
        private readonly char[] _pair = new char[2];

        public override int Read(Span<char> buffer)
        {
            var array = ArrayPool<char>.Shared.Rent(buffer.Length);
            try
            {
                // The synchronous path never awaits, so the ValueTask is already complete.
                int n = ReadCore(array.AsMemory(0, buffer.Length), CancellationToken.None, sync: true).GetAwaiter().GetResult();
                array.AsSpan(0, n).CopyTo(buffer);
                return n;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ReadCore(buffer, cancellationToken, sync: false);

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

        public override int Peek() => -1;

        private async ValueTask<int> ReadCore(Memory<char> buffer, CancellationToken cancellationToken, bool sync)
        {
            if (buffer.Length == 0)
                return 0;
            if (_pending is char low)
            {
                _pending = null;
                buffer.Span[0] = low;
                return 1;
            }

            while (true)
            {
                if (!_eof && _count < 4)
                {
                    int n = sync ? stream.Read(_bytes, _count, _bytes.Length - _count)
                                 : await stream.ReadAsync(_bytes.AsMemory(_count), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                        _eof = true;
                    _count += n;
                    if (n > 0 && _count < 4 && !_eof)
                        continue;
                }

                if (!_started && (_count >= 3 || _eof))
                {
                    _started = true;
                    if (_bytes.AsSpan(0, _count).StartsWith(Bom))
                        Consume(3);
                }

                if (_count == 0)
                    return 0;
                var status = Utf8.ToUtf16(_bytes.AsSpan(0, _count), buffer.Span, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _eof);
                if (status == OperationStatus.InvalidData)
                    throw StanceDataException.InvalidUtf8(name, _consumed + read);
                if (status == OperationStatus.DestinationTooSmall && written == 0)
                {
                    // A one-char buffer and a supplementary character: hand out the pair one half at a time.
                    var pair = _pair;
                    Utf8.ToUtf16(_bytes.AsSpan(0, _count), pair, out read, out written, replaceInvalidSequences: false, isFinalBlock: _eof);
                    Consume(read);
                    buffer.Span[0] = pair[0];
                    _pending = pair[1];
                    return 1;
                }

                Consume(read);
                if (written > 0)
                    return written;
                if (status == OperationStatus.NeedMoreData && _eof)
                    throw StanceDataException.InvalidUtf8(name, _consumed);
                if (status == OperationStatus.NeedMoreData)
                {
                    // An incomplete sequence at the end of the buffer: read more before decoding it.
                    int n = sync ? stream.Read(_bytes, _count, _bytes.Length - _count)
                                 : await stream.ReadAsync(_bytes.AsMemory(_count), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                        _eof = true;
                    _count += n;
                }
            }
        }

        private void Consume(int n)
        {
            _bytes.AsSpan(n, _count - n).CopyTo(_bytes);
            _count -= n;
            _consumed += n;
        }
    }
}
