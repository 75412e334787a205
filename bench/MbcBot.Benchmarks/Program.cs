using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; choose with -filter (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
