using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Stance.Tests.Support;

namespace Stance.Tests.Architecture;

/// <summary>The library's folders follow the pipeline and depend forward only: the test binds every
/// source file of <c>src/Stance</c> with Roslyn, finds the folder that declares each type a file
/// names, and fails on a name that points backwards, and on a folder that declares two namespaces.</summary>
public sealed class DependencyDirectionTests
{
    /// <summary>The shared records (<c>Stance</c> namespace): every stage may read them, and they read nothing else.</summary>
    private const string Shared = "Output";

    /// <summary>The stages in pipeline order; a folder may use its own types, the shared records and
    /// the stages before it. The root folder is the façade (<c>StanceAnalyzer</c>).</summary>
    private static readonly string[] Stages = ["IO", "Text", "Speakers", "Classification", "Corpus", "", "Evaluation", "Formats"];

    /// <summary>By convention the DI extension lives in <c>Microsoft.Extensions.DependencyInjection</c>.</summary>
    private const string DependencyInjectionFile = "StanceServiceCollectionExtensions.cs";

    private static readonly Lazy<(CSharpCompilation Compilation, string Root)> s_compilation = new(Compile);

    private static (CSharpCompilation, string) Compile()
    {
        string root = Path.Combine(RepoPaths.Root, "src", "Stance");
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
            .ToArray();
        // The framework and the packages the library uses, from this test's own output folder.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.*.dll"))
            .Where(File.Exists)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("StanceArchitecture", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        return (compilation, root);
    }

    private static string FolderOf(string path, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(path)!);
        return relative == "." ? "" : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    [Fact]
    public void NoFolderUsesATypeOfALaterStage()
    {
        var (compilation, root) = s_compilation.Value;
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            string folder = FolderOf(tree.FilePath, root);
            if (Path.GetFileName(tree.FilePath) == DependencyInjectionFile)
                continue;
            Assert.True(folder == Shared || Stages.Contains(folder), $"the folder '{folder}' is not a known stage; add it to the stage order");
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (model.GetSymbolInfo(name).Symbol is not { } symbol)
                    continue;
                var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                if (type?.OriginalDefinition.DeclaringSyntaxReferences is not { Length: > 0 } declarations)
                    continue; // not ours
                string used = FolderOf(declarations[0].SyntaxTree.FilePath, root);
                if (!Allowed(folder, used))
                    violations.Add($"{(folder.Length == 0 ? "(root)" : folder)}/{Path.GetFileName(tree.FilePath)} uses {type.Name} of {(used.Length == 0 ? "(root)" : used)}");
            }
        }

        Assert.True(violations.Count == 0, "dependencies that point backwards:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void EveryFolderDeclaresOneNamespace()
    {
        var (compilation, root) = s_compilation.Value;
        var byFolder = compilation.SyntaxTrees
            .Where(t => Path.GetFileName(t.FilePath) != DependencyInjectionFile)
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => (Folder: FolderOf(t.FilePath, root), Namespace: n.Name.ToString())))
            .GroupBy(x => x.Folder)
            .Where(g => g.Select(x => x.Namespace).Distinct().Count() > 1)
            .Select(g => $"{(g.Key.Length == 0 ? "(root)" : g.Key)}: {string.Join(", ", g.Select(x => x.Namespace).Distinct().Order(StringComparer.Ordinal))}")
            .ToList();
        Assert.True(byFolder.Count == 0, "folders with more than one namespace:\n" + string.Join('\n', byFolder));
    }

    [Fact]
    public void TheCheckSeesTheCodeItChecks()
    {
        // Guards against a check that passes because it bound nothing: the façade's uses are found.
        var (compilation, root) = s_compilation.Value;
        var analyzer = compilation.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == "StanceAnalyzer.cs");
        var model = compilation.GetSemanticModel(analyzer);
        var usedFolders = analyzer.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>()
            .Select(n => model.GetSymbolInfo(n).Symbol)
            .Select(s => s as INamedTypeSymbol ?? s?.ContainingType)
            .Where(t => t?.DeclaringSyntaxReferences.Length > 0)
            .Select(t => FolderOf(t!.DeclaringSyntaxReferences[0].SyntaxTree.FilePath, root))
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "Text", "Speakers", "Classification", Shared }, usedFolders);
        Assert.False(Allowed("Text", "Classification"));
        Assert.True(Allowed("Classification", "Text"));
    }

    private static bool Allowed(string folder, string used)
    {
        if (used == folder || used == Shared)
            return true;
        if (folder == Shared)
            return false;
        return Array.IndexOf(Stages, used) <= Array.IndexOf(Stages, folder);
    }
}
