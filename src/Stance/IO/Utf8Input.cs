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
                var read = ReadCore(array.AsMemory(0, buffer.Length), sync: true, CancellationToken.None);
                int n = read.IsCompletedSuccessfully ? read.Result : read.AsTask().GetAwaiter().GetResult();
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
            ReadCore(buffer, sync: false, cancellationToken);

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

        public override int Peek() => -1;

        private async ValueTask<int> ReadCore(Memory<char> buffer, bool sync, CancellationToken cancellationToken)
        {
            if (buffer.Length == 0)
                return 0;
            if (TryTakePendingLowSurrogate(buffer.Span))
                return 1;

            while (true)
            {
                // Gather at least 4 bytes (the longest UTF-8 sequence; enough to recognise a BOM)
                // unless the stream ends first.
                if (!_eof && _count < 4)
                {
                    int n = AddBytesRead(await ReadBytesAsync(sync, cancellationToken).ConfigureAwait(false));
                    if (n > 0 && _count < 4 && !_eof)
                        continue;
                }

                SkipByteOrderMarkOnce();
                if (_count == 0)
                    return 0;
                int written = DecodeBuffered(buffer.Span, out bool needsMoreBytes);
                if (written > 0)
                    return written;
                if (needsMoreBytes)
                {
                    // An incomplete sequence at the end of the buffer: read more before decoding it.
                    AddBytesRead(await ReadBytesAsync(sync, cancellationToken).ConfigureAwait(false));
                }
            }
        }

        // The second half of a supplementary character whose first half the last one-char read returned.
        private bool TryTakePendingLowSurrogate(Span<char> buffer)
        {
            if (_pending is not char low)
                return false;
            _pending = null;
            buffer[0] = low;
            return true;
        }

        // Appends to the unread bytes. Not async itself: the synchronous path returns a completed
        // ValueTask, and the asynchronous one adds no state machine of its own.
        private ValueTask<int> ReadBytesAsync(bool sync, CancellationToken cancellationToken) =>
            sync ? new ValueTask<int>(stream.Read(_bytes, _count, _bytes.Length - _count))
                 : stream.ReadAsync(_bytes.AsMemory(_count), cancellationToken);

        private int AddBytesRead(int n)
        {
            if (n == 0)
                _eof = true;
            _count += n;
            return n;
        }

        // The BOM is dropped once, at the start, when enough bytes are there to tell.
        private void SkipByteOrderMarkOnce()
        {
            if (_started || (_count < 3 && !_eof))
                return;
            _started = true;
            if (_bytes.AsSpan(0, _count).StartsWith(Bom))
                Consume(3);
        }

        /// <summary>Decodes the unread bytes into <paramref name="destination"/>; returns the chars
        /// written, 0 when the buffer ends in an incomplete sequence (<paramref name="needsMoreBytes"/>).</summary>
        /// <exception cref="StanceDataException">The bytes are not valid UTF-8.</exception>
        private int DecodeBuffered(Span<char> destination, out bool needsMoreBytes)
        {
            var status = Utf8.ToUtf16(_bytes.AsSpan(0, _count), destination, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _eof);
            needsMoreBytes = status == OperationStatus.NeedMoreData;
            if (status == OperationStatus.InvalidData)
            {
                // Hand out the good text before the bad bytes first, so that its sentences are
                // analysed; the next read starts at the bad bytes and reports them.
                if (written == 0)
                    throw StanceDataException.InvalidUtf8(name, _consumed + read);
                Consume(read);
                return written;
            }
            if (status == OperationStatus.DestinationTooSmall && written == 0)
                return DecodeSupplementaryCharacterHalf(destination);

            Consume(read);
            if (written == 0 && needsMoreBytes && _eof)
                throw StanceDataException.InvalidUtf8(name, _consumed);
            return written;
        }

        // A one-char buffer and a supplementary character: hand out the pair one half at a time.
        private int DecodeSupplementaryCharacterHalf(Span<char> destination)
        {
            var pair = _pair;
            Utf8.ToUtf16(_bytes.AsSpan(0, _count), pair, out int read, out _, replaceInvalidSequences: false, isFinalBlock: _eof);
            Consume(read);
            destination[0] = pair[0];
            _pending = pair[1];
            return 1;
        }

        private void Consume(int n)
        {
            _bytes.AsSpan(n, _count - n).CopyTo(_bytes);
            _count -= n;
            _consumed += n;
        }
    }
}
