using System.Reflection;
using AgentGateway.Reference.Tests.Hostile;

namespace AgentGateway.Reference.Tests.Variations;

public class VariationCoverageTests
{
    private static readonly MethodInfo[] Tests = typeof(VariationCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttributes<TestAttribute>().Any() || m.GetCustomAttributes<TestCaseAttribute>().Any()
            || m.GetCustomAttributes<TestCaseSourceAttribute>().Any())
        .ToArray();

    [Test]
    public void Every_variation_has_at_least_one_test_that_runs()
    {
        var covered = Tests.SelectMany(m => m.GetCustomAttributes<VariationTestAttribute>()).Select(a => a.Variation).ToHashSet();

        Enum.GetValues<GatewayVariation>().Where(v => !covered.Contains(v)).Should().BeEmpty(
            "every variation needs a test marked [VariationTest(GatewayVariation.X)] that shows its difference");
    }

    [Test]
    public void Every_hostile_mode_has_at_least_one_test_that_runs()
    {
        var covered = Tests.SelectMany(m => m.GetCustomAttributes<HostileTestAttribute>()).Select(a => a.Hostility).ToHashSet();

        Enum.GetValues<GatewayHostility>().Where(h => !covered.Contains(h)).Should().BeEmpty(
            "every hostile mode needs a test marked [HostileTest(GatewayHostility.X)] that shows it on a socket");
    }

    [Test]
    public void Every_variation_and_hostile_mode_is_described_once_in_its_catalogue()
    {
        GatewayVariations.All.Select(d => d.Variation).Should().Equal(Enum.GetValues<GatewayVariation>());
        GatewayHostilities.All.Select(d => d.Hostility).Should().Equal(Enum.GetValues<GatewayHostility>());
        GatewayVariations.All.Select(d => d.Name).Concat(GatewayHostilities.All.Select(d => d.Name))
            .Concat(GatewayFaults.All.Select(d => d.Name)).Should().OnlyHaveUniqueItems();
        GatewayVariations.All.Select(d => d.Description).Concat(GatewayHostilities.All.Select(d => d.Description))
            .Should().OnlyContain(d => d.EndsWith('.'));
    }

    [TestCase("EVENTS-DELAYED", GatewayVariation.EventsDelayed)]
    [TestCase(" published-example-types ", GatewayVariation.PublishedExampleTypes)]
    public void A_variation_is_found_by_its_name_whatever_its_case(string name, GatewayVariation variation) =>
        GatewayVariations.Parse(name).Should().Be(variation);

    [Test]
    public void An_unknown_name_is_refused_with_a_list_of_the_known_names()
    {
        var variation = () => GatewayVariations.Parse("example-style-types");
        var hostility = () => GatewayHostilities.Parse("slow");
        var fault = () => GatewayFaults.Parse("no-such-fault");

        variation.Should().Throw<ArgumentException>().Which.Message.Should()
            .Be($"Unknown variation 'example-style-types'; known variations: {Names(GatewayVariations.All.Select(v => v.Name))}.");
        hostility.Should().Throw<ArgumentException>().Which.Message.Should()
            .Be($"Unknown hostile mode 'slow'; known hostile modes: {Names(GatewayHostilities.All.Select(h => h.Name))}.");
        fault.Should().Throw<ArgumentException>().Which.Message.Should()
            .Be($"Unknown fault 'no-such-fault'; known faults: {Names(GatewayFaults.All.Select(f => f.Name))}.");
    }

    [Test]
    public void A_list_of_names_is_read_from_words_and_comma_lists_each_name_once_in_order()
    {
        GatewayVariations.ParseList(["events-delayed, WRONG-METHOD-RETCODE,,", "events-delayed", "published-example-types"])
            .Should().Equal(GatewayVariation.EventsDelayed, GatewayVariation.WrongMethodRetcode, GatewayVariation.PublishedExampleTypes);
        GatewayFaults.ParseList(["clock-skew", "missing-field,clock-skew"]).Should()
            .Equal(GatewayFault.ClockSkew, GatewayFault.MissingField);
        GatewayFaults.ParseList([" , "]).Should().BeEmpty();
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names);
}
