using Microsoft.Extensions.DependencyInjection;

namespace Stance.Tests.Api;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddStanceRegistersOneSharedAnalyzer()
    {
        using var provider = new ServiceCollection().AddStance(new StanceAnalyzerOptions { ExplanationSize = 0 }).BuildServiceProvider();
        var a = provider.GetRequiredService<StanceAnalyzer>();
        Assert.Same(a, provider.GetRequiredService<StanceAnalyzer>());
        Assert.Equal(0, a.Options.ExplanationSize);
        Assert.Empty(a.Analyze("قال مسؤول إن القوات باقية.").Sentences[0].Explanation);
    }

    [Fact]
    public void AddStanceWithAMissingModelFileFailsWhenResolved()
    {
        using var provider = new ServiceCollection().AddStance("/no/such/model.zip").BuildServiceProvider();
        Assert.ThrowsAny<IOException>(() => provider.GetRequiredService<StanceAnalyzer>());
    }
}
