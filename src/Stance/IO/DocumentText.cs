namespace Stance.IO;

/// <summary>Reads documents for analysis without losing text: .NET's readers replace bytes that are
/// not UTF-8 with U+FFFD silently; these report them.</summary>
public static class DocumentText
{
    /// <summary>Reads a file strictly as UTF-8 (a leading BOM is dropped: the text's character offsets
    /// count from after it), as <c>stance analyze</c> reads its inputs.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text.</returns>
    /// <exception cref="StanceDataException">The file is not valid UTF-8; the message names the file
    /// and the byte offset of the first invalid byte in the file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string ReadUtf8File(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Utf8Input.ReadFile(path);
    }
}
