namespace Stance;

/// <summary>A labeled data file could not be read: a line is not valid JSON, not valid UTF-8, or
/// lacks a required field. The message names the file and the line.</summary>
public sealed class StanceDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
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

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line number, or 0 when the whole file is at fault.</summary>
    public int LineNumber { get; }
}
