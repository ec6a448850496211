using Stance.Classification;

namespace Stance.Cli;

/// <summary>Loads the analyzer's model for a command, turning every failure into one message.</summary>
internal static class ModelLoader
{
    public static bool TryLoad(string? path, out StanceModel model)
    {
        model = null!;
        try
        {
            if (path is null)
            {
                if (!StanceModel.HasDefault)
                {
                    CliConsole.Fail("this build has no embedded default model; pass --model <file> (train one with `stance train`).");
                    return false;
                }

                model = StanceModel.Default;
            }
            else if (Directory.Exists(path))
            {
                CliConsole.Fail($"{path}: is a folder; --model takes a model file (a .zip written by `stance train`).");
                return false;
            }
            else
            {
                model = StanceModel.Load(path);
            }

            return true;
        }
        catch (FileNotFoundException)
        {
            CliConsole.Fail($"{path}: no such model file.");
        }
        catch (InvalidStanceModelException e)
        {
            CliConsole.Fail($"{path ?? "the default model"}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Fail($"{path}: cannot read the model file: {e.Message}");
        }

        return false;
    }
}
