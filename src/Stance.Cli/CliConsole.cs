using Spectre.Console;

namespace Stance.Cli;

/// <summary>The consoles the tool writes to: results on standard output, messages and progress on
/// standard error, so that redirected output stays machine-readable.</summary>
internal static class CliConsole
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Writes one clear error line: <c>stance: error: …</c>.</summary>
    public static void Fail(string message) => Console.Error.WriteLine("stance: error: " + message);

    public static void Warn(string message) => Console.Error.WriteLine("stance: warning: " + message);
}
