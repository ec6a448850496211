using Stance.Tests.Support;

namespace Stance.Tests.Docs;

/// <summary>The annotation guidelines live in the repository (<c>data/annotation.md</c>) so that a
/// user of the repository can read what the labels mean; they must stay the text shared with the
/// package's user (<c>../shared/ANNOTATION.md</c>).</summary>
public sealed class AnnotationGuidelinesTests
{
    private static string InRepository => Path.Combine(RepoPaths.Root, "data", "annotation.md");

    [Fact]
    public void TheGuidelinesAreInTheRepositoryAndTheReadmeLinksThem()
    {
        Assert.True(File.Exists(InRepository), "data/annotation.md is missing");
        Assert.Contains("(data/annotation.md)", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
    }

    [SharedDataFact]
    public void TheRepositoryCopyIsTheSharedGuidelinesWordForWord() =>
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Shared!, "ANNOTATION.md")), File.ReadAllText(InRepository));
}
