namespace Stance;

/// <summary>Input could not be read: a line of a labeled file is not valid JSON or lacks a required
/// field, or text is not valid UTF-8. The message names the file (or stream), the line and, for
/// undecodable bytes, the byte offset.</summary>
public sealed class StanceDataException : FormatException
{
    /// <summary>Creates the exception for a line of a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lineNumber">The 1-based line number, or 0 when the whole file is at fault.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public StanceDataException(string path, int lineNumber, string message, Exception? inner = null)
        : base(lineNumber > 0 ? $"{path}:{lineNumber}: {message}" : $"{path}: {message}", inner)
    {
        Path = path;
        LineNumber = lineNumber;
    }

    private StanceDataException(string path, long byteOffset, string message)
        : base($"{path}: {message} (byte offset {byteOffset})")
    {
        Path = path;
        ByteOffset = byteOffset;
    }

    /// <summary>The file, or a description of the stream.</summary>
    public string Path { get; }

    /// <summary>The 1-based line number, or 0 when the whole file is at fault or the error is a decoding one.</summary>
    public int LineNumber { get; }

    /// <summary>For undecodable text, the offset of the first invalid byte from the start of the input
    /// (BOM included); otherwise <see langword="null"/>.</summary>
    public long? ByteOffset { get; }

    internal static StanceDataException InvalidUtf8(string path, long byteOffset) =>
        new(path, byteOffset, "the text is not valid UTF-8");
}
