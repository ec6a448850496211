using System.Reflection;

namespace Stance.Classification;

/// <summary>Where the default model lives: the <c>Stance.Models.Default</c> package, a data package of
/// its own that Stance depends on. It is found by name, so that an application that leaves the
/// package out gets a clear error, not a load failure.</summary>
internal static class DefaultModelResource
{
    private const string DefaultAssembly = "Stance.Models.Default";
    private const string DefaultResource = "Stance.Models.Default.default-model.zip";

    /// <summary>Whether the default model is there.</summary>
    public static bool IsThere => DefaultModelAssembly()?.GetManifestResourceInfo(DefaultResource) is not null;

    /// <summary>Opens the default model's bytes.</summary>
    /// <exception cref="InvalidStanceModelException">The package is left out or carries no model.</exception>
    public static Stream Open()
    {
        var assembly = DefaultModelAssembly()
            ?? throw new InvalidStanceModelException($"The default model is not there: the application does not reference the {DefaultAssembly} package (Stance depends on it unless it is excluded). Reference it, or load a model of your own with StanceModel.Load.");
        return assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidStanceModelException($"This build of {DefaultAssembly} carries no model. Train one with 'stance train data/train --out src/Stance.Models.Default/default-model.zip'.");
    }

    private static Assembly? DefaultModelAssembly()
    {
        try
        {
            return Assembly.Load(new AssemblyName(DefaultAssembly));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
