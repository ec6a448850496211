using System.Globalization;

namespace Stance.Cli;

/// <summary>The values of <c>--bidi-isolates</c>.</summary>
internal enum BidiIsolateMode
{
    Auto,
    Always,
    Never,
}

/// <summary>Decides whether the table wraps Arabic cells in Unicode isolates (RLI U+2067 … PDI U+2069).
/// <para>Why only some terminals: isolates matter only where the terminal itself applies the
/// bidirectional algorithm to each line. There a border between two Arabic cells is a neutral
/// character between right-to-left runs, and without isolates the cells and borders are reordered as
/// one run. A terminal that does no bidi shows the characters in stored order, so isolates do nothing
/// for it, and several (tmux, screen, older libc wcwidth tables) draw them as visible characters or
/// give them a cell, which pushes the column borders out of line.</para>
/// <para>The known bidi terminals say so in their environment: VTE (GNOME Terminal, Tilix, …) from
/// 0.58, when it gained bidi (<c>VTE_VERSION</c> 5800), Konsole (<c>KONSOLE_VERSION</c>) and mlterm
/// (<c>MLTERM</c>). Inside tmux or screen there are no isolates even when the outer terminal is one
/// of those: the multiplexer keeps its own grid of cells and redraws it, and it hands on the
/// variables of wherever its server started, so they say nothing about where the text is drawn.
/// Nor in a file or pipe, which programs read rather than a terminal draws.</para></summary>
internal static class BidiIsolatePolicy
{
    private const int FirstVteWithBidi = 5800;

    public static IReadOnlyList<string> ModeNames { get; } = ["auto", "always", "never"];

    public static BidiIsolateMode ParseMode(string name) => name switch
    {
        "always" => BidiIsolateMode.Always,
        "never" => BidiIsolateMode.Never,
        _ => BidiIsolateMode.Auto,
    };

    /// <summary>Whether to isolate.</summary>
    /// <param name="mode">What the user asked for.</param>
    /// <param name="terminal">Whether the output goes to a terminal.</param>
    /// <param name="environment">Looks up an environment variable (injected so that tests do not
    /// depend on the terminal they run in).</param>
    public static bool ShouldIsolate(BidiIsolateMode mode, bool terminal, Func<string, string?> environment) => mode switch
    {
        BidiIsolateMode.Always => true,
        BidiIsolateMode.Never => false,
        _ => terminal && TerminalAppliesBidi(environment),
    };

    private static bool TerminalAppliesBidi(Func<string, string?> environment)
    {
        if (InsideMultiplexer(environment))
            return false;
        return IsVteWithBidi(environment("VTE_VERSION"))
            || !string.IsNullOrEmpty(environment("KONSOLE_VERSION"))
            || !string.IsNullOrEmpty(environment("MLTERM"));
    }

    private static bool InsideMultiplexer(Func<string, string?> environment)
    {
        string term = environment("TERM") ?? "";
        return !string.IsNullOrEmpty(environment("TMUX"))
            || !string.IsNullOrEmpty(environment("STY")) // GNU screen
            || term.StartsWith("screen", StringComparison.Ordinal)
            || term.StartsWith("tmux", StringComparison.Ordinal);
    }

    private static bool IsVteWithBidi(string? version) =>
        int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= FirstVteWithBidi;
}
