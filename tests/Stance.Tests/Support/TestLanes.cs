namespace Stance.Tests.Support;

/// <summary>The test lanes. The README's test command runs every test outside the long lane, in a
/// few minutes on two cores; <c>.ci/run</c> runs the long lane after it: full retraining,
/// ArabicStanceX's seventeen models, the 50 MB stream and the sixteen-thread stress run.</summary>
internal static class TestLanes
{
    /// <summary>The trait's name: <c>--filter "Lane!=Long"</c> or <c>--filter "Lane=Long"</c>.</summary>
    public const string Name = "Lane";

    /// <summary>Tests that take a minute or more.</summary>
    public const string Long = "Long";
}
