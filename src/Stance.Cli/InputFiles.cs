namespace Stance.Cli;

/// <summary>Expands the inputs of <c>stance analyze</c>: files as given, folders as their <c>*.txt</c>
/// files in ordinal name order, <c>-</c> as standard input.</summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>The inputs in order; a path that does not exist is kept so that it is reported in turn.</summary>
    /// <param name="inputs">The command line's inputs.</param>
    /// <param name="emptyFolder">Called with each folder that holds no <c>*.txt</c> file.</param>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs, Action<string> emptyFolder)
    {
        foreach (var input in inputs)
        {
            if (input != StandardInput && Directory.Exists(input))
            {
                var files = Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                    emptyFolder(input);
                foreach (var file in files)
                    yield return file;
            }
            else
            {
                yield return input;
            }
        }
    }
}
