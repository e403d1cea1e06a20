using NUnit.Framework;

[assembly: Parallelizable(ParallelScope.Fixtures)]

// The fault matrix runs the suite as child processes that mostly wait on sockets; four at a time suit two cores.
[assembly: LevelOfParallelism(4)]
