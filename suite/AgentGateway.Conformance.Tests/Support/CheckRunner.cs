using System.Reflection;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Results;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Support;

/// <summary>
/// Runs one check of a fixture defined in this test assembly as the console runner runs the suite's checks: in-process
/// under NUnit's own runner, with a started <see cref="RunContext"/> handed to it, against its target over real sockets.
/// </summary>
internal sealed class CheckRunner : IAsyncDisposable
{
    private CheckRunner(RunContext context) => Context = context;

    public RunContext Context { get; }

    /// <summary>A run against the target of <paramref name="settings"/>, its preflight passed.</summary>
    public static async Task<CheckRunner> StartAsync(SuiteSettings settings)
    {
        var context = new RunContext(settings, ReportInputs.Load());
        if (!await context.StartAsync())
        {
            await context.DisposeAsync();
            throw new InvalidOperationException($"The run did not start: {context.SetupError}");
        }

        return new CheckRunner(context);
    }

    /// <summary>
    /// Runs the check <paramref name="check"/> of <paramref name="fixture"/> to its end, teardown included, and returns its
    /// result.
    /// </summary>
    public async Task<CheckResult> RunAsync(Type fixture, string check)
    {
        var runner = new NUnitTestAssemblyRunner(new OneFixture(fixture));
        runner.Load(fixture.Assembly, new Dictionary<string, object> { [FrameworkPackageSettings.NumberOfTestWorkers] = 1 });
        Context.AttachTo(runner.LoadedTest!);
        var filter = TestFilter.FromXml($"<filter><method>{check}</method></filter>");
        await Task.Run(() => runner.Run(TestListener.NULL, filter));
        return Context.Results.Snapshot().SingleOrDefault(r => r.Name == check)
            ?? throw new InvalidOperationException($"{check} left no result: {runner.Result?.ToXml(true).OuterXml}");
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();

    /// <summary>A test assembly of one fixture, whatever else the assembly holds.</summary>
    private sealed class OneFixture(Type fixture) : ITestAssemblyBuilder
    {
        public ITest Build(Assembly assembly, IDictionary<string, object> options)
        {
            var suite = new TestAssembly(assembly, assembly.GetName().Name!);
            suite.Add(new TestFixtureAttribute().BuildFrom(new TypeWrapper(fixture)).Single());
            return suite;
        }

        public ITest Build(string assemblyNameOrPath, IDictionary<string, object> options) =>
            Build(Assembly.LoadFrom(assemblyNameOrPath), options);
    }
}
