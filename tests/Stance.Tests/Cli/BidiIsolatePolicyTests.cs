using Stance.Cli;

namespace Stance.Tests.Cli;

/// <summary>When the table wraps Arabic text in direction isolates, decided from an environment of the
/// test's making (never the environment the tests run in).</summary>
public sealed class BidiIsolatePolicyTests
{
    private static Func<string, string?> Environment(params string[] variables)
    {
        var values = variables.Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return name => values.GetValueOrDefault(name);
    }

    [Theory]
    [InlineData("VTE_VERSION=7600")]
    [InlineData("VTE_VERSION=5800")]
    [InlineData("KONSOLE_VERSION=230805")]
    [InlineData("MLTERM=3.9.3")]
    public void AutoIsolatesOnATerminalThatAppliesTheBidiAlgorithmItself(string variable) =>
        Assert.True(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Auto, terminal: true, Environment(variable, "TERM=xterm-256color")));

    [Theory]
    [InlineData("TMUX=/tmp/tmux-1000/default,4242,0")]
    [InlineData("TERM=tmux-256color")]
    [InlineData("TERM=screen-256color")]
    [InlineData("STY=4242.pts-0.host")]
    public void AutoNeverIsolatesInsideTmuxOrScreenEvenWhenTheOuterTerminalAppliesBidi(string multiplexer) =>
        Assert.False(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Auto, terminal: true, Environment("VTE_VERSION=7600", "KONSOLE_VERSION=230805", multiplexer)));

    [Theory]
    [InlineData("TERM=xterm-256color")]
    [InlineData("TERM=linux")]
    [InlineData("VTE_VERSION=5202")] // VTE before 0.58 shows text in stored order
    [InlineData("VTE_VERSION=")]
    public void AutoDoesNotIsolateOnATerminalWithoutBidi(string variable) =>
        Assert.False(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Auto, terminal: true, Environment(variable)));

    [Fact]
    public void AutoDoesNotIsolateWhenTheOutputIsAFileOrPipe() =>
        Assert.False(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Auto, terminal: false, Environment("VTE_VERSION=7600")));

    [Fact]
    public void AlwaysIsolatesEvenInTmuxAndInAFile() =>
        Assert.True(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Always, terminal: false, Environment("TMUX=/tmp/tmux-1000/default,4242,0")));

    [Fact]
    public void NeverIsolatesEvenOnABidiTerminal() =>
        Assert.False(BidiIsolatePolicy.ShouldIsolate(BidiIsolateMode.Never, terminal: true, Environment("VTE_VERSION=7600")));

    [Fact]
    public void TheOptionValuesNameTheModes() =>
        Assert.Equal([BidiIsolateMode.Auto, BidiIsolateMode.Always, BidiIsolateMode.Never], BidiIsolatePolicy.ModeNames.Select(BidiIsolatePolicy.ParseMode));
}
