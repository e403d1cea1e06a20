using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Results;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// Puts the longest checks first, so that they start while the short ones fill the agents around them, instead of one
/// long check starting last and keeping the run waiting. How long a check takes comes from an earlier run against the
/// same target: the results.json the last run left in the reports folder, or the round before in a repeated run. Every
/// level of the loaded tree (areas, fixtures, checks) is ordered by its longest check; a check no earlier run made, and
/// every check when there was none, keeps the order of the source. The order changes when a check starts, never what
/// it finds: each check has its own fixture object, agents and seed.
/// </summary>
internal static class CheckOrder
{
    /// <summary>The durations of <paramref name="run"/>'s checks, by fixture and name (<c>QueueClearingTests.Clears_...</c>).</summary>
    public static IReadOnlyDictionary<string, double> DurationsOf(RunResult? run) =>
        run is null
            ? new Dictionary<string, double>()
            : run.Checks.GroupBy(c => c.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Max(c => c.DurationMilliseconds), StringComparer.Ordinal);

    /// <summary>The run whose results.json is in <paramref name="reports"/>, read as the untrusted file it may be; null when there is none.</summary>
    public static RunResult? EarlierRun(string reports)
    {
        try
        {
            return File.Exists(Path.Combine(reports, ResultsJsonWriter.FileName)) ? ResultsInput.Read(reports) : null;
        }
        catch (ComparisonInputException)
        {
            return null;
        }
    }

    /// <summary>Orders every suite below <paramref name="root"/> longest check first; returns the longest check's duration.</summary>
    public static double LongestFirst(ITest root, IReadOnlyDictionary<string, double> durations)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(durations);
        if (!root.IsSuite)
        {
            return durations.GetValueOrDefault($"{root.TypeInfo?.Type.Name}.{root.Name}");
        }

        var weighed = root.Tests.Select(t => (Test: t, Longest: LongestFirst(t, durations))).ToList();
        if (root is TestSuite suite && durations.Count > 0)
        {
            suite.Tests.Clear();
            foreach (var (test, _) in weighed.OrderByDescending(w => w.Longest))
            {
                suite.Tests.Add(test);
            }
        }

        return weighed.Select(w => w.Longest).DefaultIfEmpty(0).Max();
    }
}
