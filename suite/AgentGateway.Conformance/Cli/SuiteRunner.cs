using System.Reflection;
using System.Security;
using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Results;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// Runs the conformance fixtures of this assembly in-process through NUnit's own runner, optionally only some
/// requirement areas, and hands back the run model that <see cref="SuiteRun"/> wrote into the run's context.
/// </summary>
public sealed class SuiteRunner
{
    private const string ChecksNamespace = "AgentGateway.Conformance.Checks";

    private readonly NUnitTestAssemblyRunner _runner = new(new DefaultTestAssemblyBuilder());
    private readonly TestFilter _filter;

    /// <param name="areas">The requirement areas to run; empty runs them all.</param>
    /// <param name="workers">How many checks may run at once.</param>
    /// <param name="earlier">A run against the same target whose check durations put the longest checks first (<see cref="CheckOrder"/>).</param>
    public SuiteRunner(IReadOnlyList<string> areas, int workers, RunResult? earlier = null)
    {
        _runner.Load(Assembly.GetExecutingAssembly(), new Dictionary<string, object>
        {
            [FrameworkPackageSettings.NumberOfTestWorkers] = workers,
            [FrameworkPackageSettings.RandomSeed] = 0,
        });
        _filter = areas.Count == 0 ? TestFilter.Empty : AreaFilter(areas);
        CheckOrder.LongestFirst(_runner.LoadedTest!, CheckOrder.DurationsOf(earlier));
    }

    /// <summary>How many checks of each area the run will make, for progress counts.</summary>
    public IReadOnlyDictionary<string, int> PlannedChecks()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Count(_runner.LoadedTest!);
        return counts;

        void Count(ITest test)
        {
            if (!test.IsSuite)
            {
                if (_filter.Pass(test) && AreaOf(test) is { } area)
                {
                    counts[area] = counts.GetValueOrDefault(area) + 1;
                }

                return;
            }

            foreach (var child in test.Tests)
            {
                Count(child);
            }
        }
    }

    /// <summary>
    /// Runs the checks in <paramref name="context"/>, which they find on the loaded test assembly; progress comes from
    /// its announcements and its result collector.
    /// </summary>
    public RunResult Run(RunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AttachTo(_runner.LoadedTest!);
        _runner.Run(TestListener.NULL, _filter);
        return context.Run ?? throw new InvalidOperationException("The run ended without writing its results.");
    }

    private static string? AreaOf(ITest test)
    {
        var ns = test.TypeInfo?.Namespace;
        return ns is not null && ns.StartsWith(ChecksNamespace + ".", StringComparison.Ordinal) ? ns[(ChecksNamespace.Length + 1)..] : null;
    }

    private static TestFilter AreaFilter(IEnumerable<string> areas)
    {
        var namespaces = string.Concat(areas.Select(a => $"<namespace>{SecurityElement.Escape($"{ChecksNamespace}.{a}")}</namespace>"));
        return TestFilter.FromXml($"<filter><or>{namespaces}</or></filter>");
    }
}
