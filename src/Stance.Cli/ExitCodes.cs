namespace Stance.Cli;

/// <summary>The tool's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one input could not be read or analyzed; the others were processed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line is invalid.</summary>
    public const int Usage = 2;

    /// <summary>The model file is missing or invalid.</summary>
    public const int BadModel = 3;

    /// <summary>The output could not be written.</summary>
    public const int OutputFailed = 4;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
