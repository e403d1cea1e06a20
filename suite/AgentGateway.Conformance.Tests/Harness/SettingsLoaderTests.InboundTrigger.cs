using AgentGateway.Conformance.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

public sealed partial class SettingsLoaderTests
{
    [Test]
    public void A_real_gateway_places_no_inbound_call_without_a_trigger()
    {
        var settings = Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002"), ("AGW_CALLS", "41001,41002,88001"));

        settings.InboundTrigger.Should().BeNull();
        settings.EffectiveInboundTrigger.Should().BeNull();
    }

    [Test]
    public void The_embedded_gateway_places_inbound_calls_through_its_control_endpoint() =>
        Load().EffectiveInboundTrigger.Should().Be("/reference/calls/inbound").And.Be(InboundCallTrigger.ReferencePath);

    [TestCase("/test/inbound-call", "/test/inbound-call")]
    [TestCase("  /reference/calls/inbound ", "/reference/calls/inbound")]
    [TestCase("   ", null)]
    public void The_inbound_trigger_is_read_from_its_variable(string text, string? path)
    {
        var settings = Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002"), ("AGW_INBOUND_TRIGGER", text));

        settings.InboundTrigger.Should().Be(path);
        settings.EffectiveInboundTrigger.Should().Be(path);
    }

    [Test]
    public void The_inbound_trigger_may_come_from_the_config_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-trigger-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "target": "https://gw:8043", "agents": [{ "id": "41001" }, { "id": "41002" }], "inboundTrigger": "/ivr/test-call" }""");
        try
        {
            Load(("AGW_CONFIG", file)).InboundTrigger.Should().Be("/ivr/test-call");
            Load(("AGW_CONFIG", file), ("AGW_INBOUND_TRIGGER", "/other")).InboundTrigger.Should().Be("/other", "a variable wins over the file");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("/reference/calls/inbound")]
    [TestCase("/gw/test-call;v=1")]
    [TestCase("/%7Etest/inbound")]
    public void A_same_origin_path_is_a_good_inbound_trigger(string path) => InboundCallTrigger.Problem(path).Should().BeNull();

    [TestCase("https://elsewhere.example/inbound", "single /")]
    [TestCase("//elsewhere.example/inbound", "single /")]
    [TestCase("reference/calls/inbound", "single /")]
    [TestCase("/reference/calls/inbound?agent=1", "U+003F")]
    [TestCase("/reference/calls/inbound#x", "U+0023")]
    [TestCase("/reference/calls in", "U+0020")]
    [TestCase("/reference\\calls", "U+005C")]
    [TestCase("/reference/../calls", "dot segment")]
    public void A_path_that_could_leave_the_target_or_is_no_plain_path_is_refused(string path, string why) =>
        InboundCallTrigger.Problem(path).Should().Contain(why).And.Contain("--inbound-trigger").And.Contain("another origin");
}
