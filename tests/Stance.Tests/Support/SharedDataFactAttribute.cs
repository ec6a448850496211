namespace Stance.Tests.Support;

/// <summary>A fact that needs <c>../shared</c> beside the repository (real news, ArabicStanceX): it
/// is skipped, with a message that says so, on a clone without it. CI always has it.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <c>../shared</c> is absent.</summary>
    public SharedDataFactAttribute()
    {
        if (RepoPaths.Shared is null)
            Skip = "needs ../shared beside the repository (real news passages and ArabicStanceX are read from there, never copied into it)";
    }
}
