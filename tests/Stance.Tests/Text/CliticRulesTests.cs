using Stance.Tests.Support;
using Stance.Text;

namespace Stance.Tests.Text;

/// <summary>Counting a word's pieces (the tokenizer's <c>CountTokens</c> path, with its shortcut for
/// definite nouns) gives what splitting gives, on every word of real and written text.</summary>
public sealed class CliticRulesTests
{
    [Fact]
    public void CountingAgreesWithSplittingOnEveryWordOfTheArticlesAndTheCorpus()
    {
        var texts = Directory.GetFiles(RepoPaths.Articles, "*.txt").Select(File.ReadAllText)
            .Concat(Directory.GetFiles(RepoPaths.TrainDir, "*.jsonl").SelectMany(File.ReadLines));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in text.Split((char[])[' ', '\n', '"', '«', '»', '،', '.', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
                words.Add(ArabicNormalizer.Default.Normalize(word));
        }

        Span<int> cuts = stackalloc int[CliticRules.MaxPieces + 1];
        Span<PieceKind> kinds = stackalloc PieceKind[CliticRules.MaxPieces];
        int definite = 0;
        foreach (var word in words.Where(w => w.Length > 0 && w.All(c => CharTables.Classes[c] == CharClass.ArabicLetter)))
        {
            Assert.Equal(CliticRules.Default.Split(word, cuts, kinds), CliticRules.Default.CountPieces(word));
            if (word.StartsWith("ال", StringComparison.Ordinal))
                definite++;
        }

        Assert.True(definite > 1000, $"only {definite} definite words: the shortcut was hardly exercised");
    }

    [Theory]
    [InlineData("الحكومة", 2)] // article + stem
    [InlineData("الله", 1)]    // an exception: the article's letters are the word's own
    [InlineData("التي", 1)]
    [InlineData("اللجنة", 2)]  // third letter shared with an exception, decided by the trie
    public void DefiniteNounsAndTheirExceptionsCountAsSplittingDoes(string word, int pieces) =>
        Assert.Equal(pieces, CliticRules.Default.CountPieces(word));
}
