using BenchmarkDotNet.Running;
using Stance.Benchmarks;

// "memory" is the streaming peak-memory check (a plain process, see MemoryCheck); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
    return await MemoryCheck.RunAsync(args);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
