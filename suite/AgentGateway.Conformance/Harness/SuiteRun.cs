using AgentGateway.Conformance.Harness;
using NUnit.Framework;
using NUnit.Framework.Internal;

namespace AgentGateway.Conformance;

/// <summary>
/// Starts and ends the run around every check: takes the <see cref="RunContext"/> the console runner handed in (or,
/// under <c>dotnet test</c>, makes one from the environment and hands it to the checks), resolves the target, runs the
/// preflight, and writes the reports when every check is done. Fails fast with a message saying how to fix the
/// configuration.
/// </summary>
[SetUpFixture]
public sealed class SuiteRun
{
    private RunContext? _context;
    private DateTimeOffset _started;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var suite = TestExecutionContext.CurrentContext.CurrentTest;
        var context = RunContext.Of(suite);
        if (context is null)
        {
            context = RunContext.FromEnvironment();
            context.Announced += TestContext.Progress.WriteLine;
            context.AttachTo(suite);
        }

        _context = context;
        _started = context.Time.GetUtcNow();
        if (!await context.StartAsync())
        {
            context.Finish(_started);
            Assert.Fail($"Setup error: {context.SetupError}");
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        if (_context is not { } context)
        {
            return;
        }

        if (context.Run is null)
        {
            context.Finish(_started);
        }

        await context.DisposeAsync();
    }
}
