namespace Stance.Cli;

/// <summary>Expands the inputs of <c>stance analyze</c>: files as given, folders as their <c>*.txt</c>
/// files in ordinal name order, <c>-</c> as standard input.</summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>The inputs in order; a path that does not exist is kept so that it is reported in turn.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input != StandardInput && Directory.Exists(input))
            {
                foreach (var file in Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return input;
            }
        }
    }
}
