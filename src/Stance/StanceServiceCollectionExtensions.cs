using Stance;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Stance in a <see cref="IServiceCollection"/>.</summary>
public static class StanceServiceCollectionExtensions
{
    /// <summary>Registers one shared <see cref="StanceAnalyzer"/> with the default embedded model. It
    /// is created on first use and is thread-safe, so it is a singleton.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The analyzer options; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddStance(this IServiceCollection services, StanceAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddSingleton(_ => StanceAnalyzer.CreateDefault(options));
    }

    /// <summary>Registers one shared <see cref="StanceAnalyzer"/> with a model loaded from a file (a
    /// model file is code-like: use only trusted ones).</summary>
    /// <param name="services">The services.</param>
    /// <param name="modelPath">The model file written by <c>stance train</c> or <see cref="Stance.Classification.StanceModel.Save(string)"/>.</param>
    /// <param name="options">The analyzer options; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddStance(this IServiceCollection services, string modelPath, StanceAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        return services.AddSingleton(_ => StanceAnalyzer.Load(modelPath, options));
    }
}
