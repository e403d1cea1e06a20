using AgentGateway.Conformance.Configuration;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

/// <summary>What sets the pace of a run: how many checks run at once, and how late the embedded gateway answers.</summary>
public sealed partial class SettingsLoaderTests
{
    [TestCase("1", 1)]
    [TestCase("64", 64)]
    public void How_many_checks_run_at_once_comes_from_the_environment(string text, int expected) =>
        Load(("AGW_PARALLEL", text)).Parallel.Should().Be(expected);

    [TestCase("0")]
    [TestCase("65")]
    [TestCase("some")]
    public void A_number_of_checks_at_once_outside_1_to_64_is_refused(string text) =>
        FluentActions.Invoking(() => Load(("AGW_PARALLEL", text))).Should().Throw<SettingsException>().WithMessage("AGW_PARALLEL (--parallel): *");

    [Test]
    public void Without_a_limit_checks_run_one_per_agent() => Load().Parallel.Should().BeNull();

    [Test]
    public void The_embedded_gateways_latency_comes_from_the_environment_or_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "embedded": { "latency": "50ms-300ms" } }""");

        Load(("AGW_CONFIG", file)).Embedded.Latency.Should().Be(new AnswerLatency(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300)));
        Load(("AGW_CONFIG", file), ("AGW_EMBEDDED_LATENCY", "100ms")).Embedded.Latency.Should().Be(AnswerLatency.Parse("100ms"));
        File.Delete(file);
    }
}
