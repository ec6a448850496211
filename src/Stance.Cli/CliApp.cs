using System.CommandLine;
using System.Runtime.InteropServices;

namespace Stance.Cli;

/// <summary>Builds the command tree of the <c>stance</c> tool.</summary>
internal static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("stance: sentence-level stance toward the withdrawal of US and US-led coalition forces from Iraq in Arabic news, with the speaker of every sentence.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(VocabularyCommand.Create());
        return root;
    }

    /// <summary>Runs the tool: parse errors exit with <see cref="ExitCodes.Usage"/> and one message per error.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in UsageMessages(root, parse))
                CliConsole.Fail(message);
            Console.Error.WriteLine("Run 'stance --help' for usage.");
            return ExitCodes.Usage;
        }

        // Ctrl-C (SIGINT/SIGTERM) cancels the running command, which then flushes what it has
        // written, says so, and exits with 130; nothing is cut off mid-record.
        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        // Help and version go through this writer so that they name the command as users type it.
        using var output = new ToolNameWriter(Console.Out);
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, Output = output };
        return await parse.InvokeAsync(configuration, interrupt.Token).ConfigureAwait(false);

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }
    }

    /// <summary>The parse errors as one line each. An unknown first word is reported once, with the
    /// valid commands (not first as a missing command); a list of valid values is kept on the line.</summary>
    internal static IEnumerable<string> UsageMessages(RootCommand root, ParseResult parse)
    {
        if (parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0)
        {
            string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
            return [$"unknown command '{parse.UnmatchedTokens[0]}'; the commands are {commands}."];
        }

        return parse.Errors.Select(e => OneLine(e.Message)).Distinct();
    }

    // System.CommandLine lists valid values one per line ("Must be one of:\n\t'a'\n\t'b'").
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length <= 1)
            return message.Trim();
        return lines[0].TrimEnd(':') + (lines[0].EndsWith(':') ? ": " : " ") + string.Join(", ", lines.Skip(1));
    }
}
