using System.CommandLine;
using Stance.Corpus;
using Stance.Text;

namespace Stance.Cli;

/// <summary><c>stance vocabulary</c>: learns the token vocabulary of the tokenizer's ids from a
/// corpus, the command that builds the default vocabulary embedded in the package.</summary>
internal static class VocabularyCommand
{
    public static Command Create()
    {
        var data = new Argument<string[]>("data")
        {
            Description = "Labeled .jsonl files or folders of them (their text field is read), e.g. data/train.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the vocabulary.", Required = true };
        var minCount = new Option<int>("--min-count")
        {
            Description = "The least number of occurrences a token needs to enter the vocabulary.",
            DefaultValueFactory = _ => 2,
        };
        var command = new Command("vocabulary", "Learn the tokenizer's vocabulary (token ids) from a corpus: the default one is built with 'stance vocabulary data/train --out src/Stance/Resources/default-vocabulary.txt'.") { data, output, minCount };
        command.SetAction(parse => Run(parse.GetValue(data) ?? [], parse.GetValue(output)!, parse.GetValue(minCount)));
        return command;
    }

    private static int Run(string[] data, string outputPath, int minCount)
    {
        if (minCount < 1)
        {
            CliConsole.Fail($"--min-count must be at least 1; got {minCount}.");
            return ExitCodes.Usage;
        }

        var texts = new List<string>();
        try
        {
            foreach (var path in data)
                texts.AddRange(StanceCorpus.ReadLabeledSentences(path).Select(s => s.Text));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or StanceDataException or UnauthorizedAccessException)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.InputFailed;
        }

        // The tokens are the default tokenizer's; its own vocabulary plays no part in counting them.
        var vocabulary = TokenVocabulary.Learn(texts, new ArabicTokenizer(), minCount);
        try
        {
            vocabulary.Save(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Fail($"{outputPath}: cannot write the vocabulary: {e.Message}");
            return ExitCodes.OutputFailed;
        }

        Console.WriteLine($"{vocabulary.Count:N0} tokens (the unknown token and every token seen at least {minCount} times in {texts.Count:N0} sentences) written to {outputPath}");
        return ExitCodes.Success;
    }
}
