using NUnit.Framework;

// Fixtures run side by side, each with the agents it leased from the pool; the checks of one fixture run in turn.
// The console runner sets the number of workers from the size of the agent pool.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
