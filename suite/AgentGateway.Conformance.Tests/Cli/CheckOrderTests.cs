using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Results;
using FluentAssertions;
using NUnit;
using NUnit.Framework;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;

namespace AgentGateway.Conformance.Tests.Cli;

/// <summary>
/// The suite's own checks, loaded as the console runner loads them, ordered longest first by an earlier run's durations:
/// the longest check comes first in its fixture, its fixture first in its area, its area first of all; without an
/// earlier run the order of the source stays.
/// </summary>
[TestFixture]
public sealed class CheckOrderTests
{
    private const string Longest = "RetcodeSemanticsTests.Answers_business_failures_with_a_json_retcode_body";

    private static ITest Loaded()
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(typeof(CheckOrder).Assembly, new Dictionary<string, object> { [FrameworkPackageSettings.RandomSeed] = 0 });
        return runner.LoadedTest!;
    }

    private static List<string> Checks(ITest test) =>
        test.IsSuite ? [.. test.Tests.SelectMany(Checks)] : [$"{test.TypeInfo?.Type.Name}.{test.Name}"];

    [Test]
    public void The_longest_check_of_an_earlier_run_starts_first()
    {
        var tree = Loaded();
        var source = Checks(tree);
        source.Should().Contain(Longest);
        source[0].Should().NotBe(Longest);
        var durations = source.ToDictionary(c => c, c => c == Longest ? 9000.0 : 10.0);

        CheckOrder.LongestFirst(tree, durations).Should().Be(9000);

        var ordered = Checks(tree);
        ordered[0].Should().Be(Longest);
        ordered.Should().BeEquivalentTo(source, "ordering only moves checks");
    }

    [Test]
    public void Without_an_earlier_run_the_order_of_the_source_stays()
    {
        var tree = Loaded();
        var source = Checks(tree);

        CheckOrder.LongestFirst(tree, CheckOrder.DurationsOf(null));

        Checks(tree).Should().Equal(source);
    }

    [Test]
    public void An_earlier_run_is_read_from_the_reports_folder_and_a_damaged_one_is_ignored()
    {
        var folder = Directory.CreateTempSubdirectory("agw-order-");
        try
        {
            CheckOrder.EarlierRun(folder.FullName).Should().BeNull();
            File.WriteAllText(Path.Combine(folder.FullName, ResultsJsonWriter.FileName), "{ not json");
            CheckOrder.EarlierRun(folder.FullName).Should().BeNull();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
