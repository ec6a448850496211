using BenchmarkDotNet.Running;
using Stance.Benchmarks;

// "memory" is the streaming peak-memory check (a plain process, see MemoryCheck); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
    return await MemoryCheck.RunAsync(args);
// "cli" times the stance tool on one large document (a plain process too, see CliThroughput).
if (args.Length > 0 && args[0] == "cli")
    return CliThroughput.Run(args);
// "tokenization-check" is CI's ratio check (a BenchmarkDotNet run, see TokenizationCheck).
if (args.Length > 0 && args[0] == "tokenization-check")
    return TokenizationCheck.Run(args);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
