using NUnit.Framework;

// Checks, not fixtures, are what run side by side: each check has a fixture object of its own and leases the agents it
// needs from the pool when it starts, so a check waits only for agents, never for the other checks of its fixture.
// The console runner sets the number of workers from the size of the agent pool.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: Parallelizable(ParallelScope.Children)]
[assembly: LevelOfParallelism(4)]
