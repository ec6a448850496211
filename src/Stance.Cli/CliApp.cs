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
        return root;
    }

    /// <summary>Runs the tool: parse errors exit with <see cref="ExitCodes.Usage"/> and one message per error.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                CliConsole.Fail(error.Message);
            Console.Error.WriteLine("Run 'stance --help' for usage.");
            return ExitCodes.Usage;
        }

        // Ctrl-C (SIGINT/SIGTERM) cancels the running command, which then flushes what it has
        // written, says so, and exits with 130; nothing is cut off mid-record.
        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(configuration, interrupt.Token).ConfigureAwait(false);

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }
    }
}
