using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Stance.Classification;

/// <summary>The model file: a zip with <c>stance-model.json</c> (the metadata) and
/// <c>mlnet-model.zip</c> (the ML.NET model), and the checks made before anything is predicted.</summary>
internal static class StanceModelFile
{
    public const string MetadataEntry = "stance-model.json";
    public const string MlNetEntry = "mlnet-model.zip";

    /// <summary>Reads the two entries of a model file.</summary>
    /// <exception cref="InvalidStanceModelException">Not a Stance model, or a damaged one.</exception>
    public static (StanceModelMetadata Metadata, byte[] MlNetBytes) Read(Stream buffer)
    {
        StanceModelMetadata metadata;
        byte[] mlNetBytes;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var metaEntry = zip.GetEntry(MetadataEntry) ?? throw new InvalidStanceModelException($"Not a Stance model: the file has no {MetadataEntry}.");
            using (var metaStream = metaEntry.Open())
                metadata = JsonSerializer.Deserialize(metaStream, ModelJsonContext.Default.StanceModelMetadata)
                    ?? throw new InvalidStanceModelException("The model metadata is empty.");
            var mlEntry = zip.GetEntry(MlNetEntry) ?? throw new InvalidStanceModelException($"Not a Stance model: the file has no {MlNetEntry}.");
            using var mlStream = mlEntry.Open();
            var mlBuffer = new MemoryStream();
            mlStream.CopyTo(mlBuffer);
            mlNetBytes = mlBuffer.ToArray();
        }
        catch (InvalidStanceModelException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or NotSupportedException)
        {
            throw new InvalidStanceModelException("Not a Stance model, or a damaged one: " + e.Message, e);
        }

        return (metadata, mlNetBytes);
    }

    /// <summary>Writes a model file, byte-identical for the same model (fixed entry times).</summary>
    public static void Write(Stream stream, StanceModelMetadata metadata, byte[] mlNetBytes)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var meta = zip.CreateEntry(MetadataEntry, CompressionLevel.Optimal);
        meta.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // reproducible files
        using (var s = meta.Open())
            JsonSerializer.Serialize(s, metadata, ModelJsonContext.Default.StanceModelMetadata);
        var ml = zip.CreateEntry(MlNetEntry, CompressionLevel.NoCompression); // already a zip
        ml.LastWriteTime = meta.LastWriteTime;
        using (var s = ml.Open())
            s.Write(mlNetBytes);
    }

    /// <summary>Checks what a model file says about itself before it is used.</summary>
    /// <exception cref="InvalidStanceModelException">The format, featurizer, labels, temperature or hash do not hold.</exception>
    public static void Validate(StanceModelMetadata metadata, byte[] mlNetBytes)
    {
        if (metadata.FormatVersion != StanceModelMetadata.CurrentFormatVersion)
            throw new InvalidStanceModelException($"The model's format version is {metadata.FormatVersion}; this library reads version {StanceModelMetadata.CurrentFormatVersion}.");
        if (metadata.FeaturizerVersion != StanceFeaturizer.Version)
            throw new InvalidStanceModelException($"The model was trained with featurizer version {metadata.FeaturizerVersion}; this library has version {StanceFeaturizer.Version}. Retrain it.");
        if (metadata.Labels is not { Count: 3 })
            throw new InvalidStanceModelException($"The model names {metadata.Labels?.Count ?? 0} labels ([{string.Join(", ", metadata.Labels ?? [])}]); a stance model has three: pro, anti and neutral, in that order.");
        try
        {
            metadata.LabelNames.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidStanceModelException("The model's label names are unusable: " + e.Message);
        }
        if (!(metadata.Temperature >= TemperatureScaling.Min && metadata.Temperature <= TemperatureScaling.Max))
            throw new InvalidStanceModelException($"The model's temperature is {metadata.Temperature}; it must lie within [{TemperatureScaling.Min}, {TemperatureScaling.Max}].");
        if (!string.Equals(metadata.ModelSha256, Sha256(mlNetBytes), StringComparison.OrdinalIgnoreCase))
            throw new InvalidStanceModelException("The ML.NET model does not match the hash in the model's metadata: the file is damaged or was altered.");
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
