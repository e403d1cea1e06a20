using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

public sealed partial class SettingsLoaderTests
{
    [Test]
    public void No_opt_in_group_is_included_and_the_session_timeout_is_the_documented_one_unless_configured()
    {
        var settings = Load();

        settings.Include.Should().BeEmpty();
        settings.SessionTimeout.Should().Be(TimeSpan.FromSeconds(120));
        settings.Embedded.SessionTimeout.Should().BeNull("the embedded gateway keeps its own default");
    }

    [Test]
    public void Including_the_slow_checks_shortens_the_embedded_gateways_session_timeout()
    {
        var settings = Load(("AGW_INCLUDE", "SLOW"));

        settings.Includes(CheckGroups.Slow).Should().BeTrue();
        settings.Embedded.SessionTimeout.Should().Be(EmbeddedGatewaySettings.SlowRunSessionTimeout);
        settings.SessionTimeout.Should().Be(EmbeddedGatewaySettings.SlowRunSessionTimeout);
    }

    [Test]
    public void A_real_gateway_is_given_the_documented_session_timeout_unless_one_is_declared()
    {
        (string, string)[] real = [("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002"), ("AGW_INCLUDE", "slow")];

        Load(real).SessionTimeout.Should().Be(TimeSpan.FromSeconds(120));
        Load([.. real, ("AGW_SESSION_TIMEOUT", "3m")]).SessionTimeout.Should().Be(TimeSpan.FromMinutes(3));
    }

    [Test]
    public void A_declared_session_timeout_also_starts_the_embedded_gateway_that_way()
    {
        var settings = Load(("AGW_SESSION_TIMEOUT", "30s"), ("AGW_INCLUDE", "slow"));

        settings.SessionTimeout.Should().Be(TimeSpan.FromSeconds(30));
        settings.Embedded.SessionTimeout.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public void The_file_names_the_included_groups_in_a_list_or_a_string()
    {
        var list = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        var text = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(list, """{ "include": ["slow"], "sessionTimeout": "90s" }""");
        File.WriteAllText(text, """{ "include": "slow" }""");

        Load(("AGW_CONFIG", list)).Include.Should().Equal("slow");
        Load(("AGW_CONFIG", list)).SessionTimeout.Should().Be(TimeSpan.FromSeconds(90));
        Load(("AGW_CONFIG", text)).Include.Should().Equal("slow");
    }

    [TestCase("AGW_INCLUDE", "slow,fast", "*Unknown check group 'fast'*known groups: slow.")]
    [TestCase("AGW_SESSION_TIMEOUT", "0s", "*session timeout must be positive*AGW_SESSION_TIMEOUT*")]
    [TestCase("AGW_SESSION_TIMEOUT", "later", "*AGW_SESSION_TIMEOUT*not a duration*")]
    public void Says_which_opt_in_setting_is_wrong(string name, string value, string message)
    {
        var act = () => Load((name, value));

        act.Should().Throw<SettingsException>().WithMessage(message);
    }

    [Test]
    public void The_include_and_session_timeout_options_set_their_variables() =>
        CommandLine.Parse(["--include", "slow", "--session-timeout", "3m"]).Variables.Should()
            .Contain("AGW_INCLUDE", "slow").And.Contain("AGW_SESSION_TIMEOUT", "3m");
}
