using System.Diagnostics;
using System.Text;

namespace Stance.Benchmarks;

/// <summary>
/// The <c>stance</c> tool's throughput on one large document: the sample articles repeated to
/// 16 MB of UTF-8 as one file, analysed with <c>--format jsonl</c> to a file, against the same tool on
/// one short sentence (its start-up: runtime, model load, JIT). Sentences per second = sentences /
/// (time on the large document − start-up time), best of three runs each.
/// </summary>
/// <remarks>Usage: <c>dotnet run -c Release --project benchmarks/Stance.Benchmarks -- cli [path to Stance.Cli.dll] [megabytes=16]</c>.
/// 16 MB rather than 4: with about a second of start-up subtracted from a run of two, a shared
/// machine's noise moved the 4 MB figure between 13,000 and 35,000 sentences/s from run to run.
/// A separate process because the tool's own process is what is measured. It reports; it does not
/// judge, since wall-clock time depends on the machine (the BenchmarkDotNet ratios are the checks).</remarks>
public static class CliThroughput
{
    /// <summary>Runs the measurement; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        string cli = args.Length > 1 ? Path.GetFullPath(args[1]) : DefaultCli();
        int megabytes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 16;
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli}: not found; build the solution in Release first.");
            return 1;
        }

        string folder = Directory.CreateTempSubdirectory("stance-cli-").FullName;
        try
        {
            string big = Path.Combine(folder, "big.txt");
            string tiny = Path.Combine(folder, "tiny.txt");
            File.WriteAllText(big, Repeat(BenchmarkInputs.Get(BenchmarkInputs.Megabyte), megabytes * 1_000_000), new UTF8Encoding(false));
            File.WriteAllText(tiny, "قال النائب إن القوات الأجنبية يجب أن تغادر العراق.", new UTF8Encoding(false));
            string output = Path.Combine(folder, "out.jsonl");
            double startup = Best(() => Time(cli, tiny, output));
            double whole = Best(() => Time(cli, big, output));
            int sentences = File.ReadLines(output).Count();
            double seconds = whole - startup;
            Console.WriteLine($"stance analyze --format jsonl: {megabytes} MB, {sentences:N0} sentences; start-up {startup:F2} s, "
                + $"whole run {whole:F2} s => {sentences / seconds:N0} sentences/s (start-up subtracted)");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}, "
                + (System.Runtime.Intrinsics.X86.Avx512F.IsSupported ? "x86-64-v4 (AVX-512)" : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "x86-64-v3 (AVX2)" : "other"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Repeat(string text, int utf8Bytes)
    {
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < utf8Bytes)
            sb.Append(text).Append("\n\n");
        return sb.ToString();
    }

    private static double Best(Func<double> run) => Enumerable.Range(0, 3).Select(_ => run()).Min();

    private static double Time(string cli, string input, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true };
        foreach (var a in new[] { cli, "analyze", input, "--format", "jsonl", "--output", output })
            start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"stance exited with {process.ExitCode}: {errors}");
        return clock.Elapsed.TotalSeconds;
    }

    private static string DefaultCli()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stance.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "src", "Stance.Cli", "bin", "Release", "net10.0", "Stance.Cli.dll");
    }
}
