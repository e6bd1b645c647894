using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/BriefGenerator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BriefGenerator.Benchmarks.StageBenchmarks).Assembly).Run(args);
