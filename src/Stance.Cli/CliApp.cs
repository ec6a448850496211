using System.CommandLine;

namespace Stance.Cli;

/// <summary>Builds the command tree of the <c>stance</c> tool.</summary>
internal static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("stance: sentence-level stance toward the withdrawal of US-led forces from Iraq in Arabic news, with the speaker of every sentence.");
        var inputs = new Argument<string[]>("inputs") { Description = "Text files, folders (every *.txt, in name order) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var analyze = new Command("analyze", "Label every sentence of the inputs.") { inputs };
        analyze.SetAction(parse =>
        {
            var analyzer = StanceAnalyzer.CreateDefault();
            foreach (var path in parse.GetValue(inputs) ?? [])
            {
                var result = analyzer.Analyze(File.ReadAllText(path), Path.GetFileName(path));
                foreach (var s in result.Sentences)
                    Console.WriteLine($"{s.Stance}\t{s.Speaker?.Name ?? "-"}\t{s.Text}");
            }

            return 0;
        });
        root.Subcommands.Add(analyze);
        return root;
    }
}
