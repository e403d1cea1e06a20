using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Schemas;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

[TestFixture]
public sealed partial class SettingsLoaderTests
{
    private static SuiteSettings Load(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return SettingsLoader.Load(name => map.GetValueOrDefault(name));
    }

    [Test]
    public void Nothing_configured_means_the_embedded_gateway_with_documented_defaults()
    {
        var settings = Load();

        settings.UsesEmbeddedGateway.Should().BeTrue();
        settings.Profile.Should().Be(SchemaProfile.Compatible);
        settings.Edition.Should().Be(Editions.Default);
        settings.ClockSkew.Should().Be(TimeSpan.FromMinutes(5));
        settings.Embedded.AuthMode.Should().Be(2);
        settings.Embedded.LongPollWait.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Test]
    public void Agents_are_read_with_their_passwords_and_phones()
    {
        var settings = Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001:pw1:70001, 41002"), ("AGW_PASSWORD", "shared"));

        settings.Target.Should().Be(new Uri("https://gw:8043/"));
        settings.Agents.Should().Equal(new AgentCredentials("41001", "pw1", "70001"), new AgentCredentials("41002", "shared", "41002"));
    }

    [Test]
    public void The_embedded_gateway_calls_by_default_to_its_far_end_that_answers() =>
        Load().EffectiveCalls.Should().Be(CallSettings.Embedded).And.Match<CallSettings>(c => c.AnyAgents && c.OutboundNumber == "88001");

    [Test]
    public void A_real_gateway_makes_no_call_without_calls() =>
        Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002")).EffectiveCalls.Should().BeNull();

    [TestCase("41001,41002", "41001", "41002", null)]
    [TestCase(" 41001 , 41002 , 88001 ", "41001", "41002", "88001")]
    public void Calls_name_the_caller_the_callee_and_an_outbound_number(string text, string caller, string callee, string? number) =>
        Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002"), ("AGW_CALLS", text))
            .EffectiveCalls.Should().Be(new CallSettings(caller, callee, number));

    [TestCase("41001")]
    [TestCase("41001,41002,88001,9")]
    [TestCase("41001,a41002")]
    [TestCase("41001,,88001")]
    public void Calls_that_are_not_two_agents_and_a_number_are_refused(string text)
    {
        var act = () => Load(("AGW_CALLS", text));

        act.Should().Throw<SettingsException>().WithMessage("*AGW_CALLS (--calls)*CALLER,CALLEE[,NUMBER]*");
    }

    [Test]
    public void Calls_may_come_from_the_config_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-calls-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "target": "https://gw:8043", "agents": [{ "id": "41001" }, { "id": "41002" }], "calls": "41002,41001" }""");
        try
        {
            Load(("AGW_CONFIG", file)).Calls.Should().Be(new CallSettings("41002", "41001", null));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Calls_say_which_named_agent_is_not_configured() =>
        new CallSettings("41001", "41009", null).Problem([new("41001", "", "41001"), new("41002", "", "41002")])
            .Should().Contain("41009").And.Contain("--agents").And.NotContain("41001 and");

    [Test]
    public void A_real_gateway_needs_two_agents()
    {
        var act = () => Load(("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001"));

        act.Should().Throw<SettingsException>().WithMessage("*at least 2 test agents*AGW_AGENTS*");
    }

    [TestCase("AGW_PROFILE", "lenient", "*Profile 'lenient' is unknown*")]
    [TestCase("AGW_EDITION", "2019", "*Edition '2019' is unknown*")]
    [TestCase("AGW_CLOCK_SKEW", "soon", "*AGW_CLOCK_SKEW*not a duration*")]
    [TestCase("AGW_TARGET", "gw:8043", "*not an http(s) URL*")]
    [TestCase("AGW_EMBEDDED_AUTHMODE", "3", "*must be 1 or 2*")]
    [TestCase("AGW_AGENTS", "41001,agent-b", "*'agent-b' is not a work number*")]
    public void Says_which_setting_is_wrong_and_how_to_fix_it(string name, string value, string message)
    {
        var act = () => Load((name, value));

        act.Should().Throw<SettingsException>().WithMessage(message);
    }

    [Test]
    public void Insecure_and_a_ca_certificate_exclude_each_other()
    {
        var ca = Path.GetTempFileName();
        var act = () => Load(("AGW_INSECURE", "true"), ("AGW_CA_CERT", ca));

        act.Should().Throw<SettingsException>().WithMessage("*either a CA certificate*or --insecure*");
    }

    [Test]
    public void Environment_variables_override_the_configuration_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "target": "https://file:8043", "agents": [{"id":"1001","password":"p"},{"id":"1002"}], "profile": "strict", "clockSkew": "2m" }""");

        var settings = Load(("AGW_CONFIG", file), ("AGW_TARGET", "https://env:8043"));

        settings.Target!.Host.Should().Be("env");
        settings.Profile.Should().Be(SchemaProfile.Strict);
        settings.ClockSkew.Should().Be(TimeSpan.FromMinutes(2));
        settings.Agents.Select(a => a.Id).Should().Equal("1001", "1002");
    }

    [Test]
    public void The_example_configuration_file_is_valid()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "fixtures", "targets", "example.json");

        var act = () => SettingsLoader.Load(name => name == "AGW_CONFIG" ? example : null);

        // The example names a CA file that exists only on a user's machine; everything else must load.
        act.Should().Throw<SettingsException>().WithMessage("*gateway-ca.pem*does not exist*");
    }

    [Test]
    public void The_answer_size_cap_is_1_MiB_unless_configured()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "maxResponse": 65536 }""");

        Load().MaxResponseBytes.Should().Be(1_048_576);
        Load(("AGW_CONFIG", file)).MaxResponseBytes.Should().Be(65_536);
        Load(("AGW_CONFIG", file), ("AGW_MAX_RESPONSE", "2097152")).MaxResponseBytes.Should().Be(2_097_152);
        File.Delete(file);
    }

    [TestCase("lots", "*AGW_MAX_RESPONSE: 'lots' is not a whole number*")]
    [TestCase("100", "*between 1024 and*not 100 (AGW_MAX_RESPONSE, --max-response)*")]
    public void An_answer_size_cap_that_is_not_a_byte_count_is_refused(string value, string message)
    {
        var act = () => Load(("AGW_MAX_RESPONSE", value));

        act.Should().Throw<SettingsException>().WithMessage(message);
    }

    [Test]
    public void Nothing_configured_switches_on_no_variation_and_no_hostile_mode()
    {
        var embedded = Load().Embedded;

        embedded.Variations.Should().BeEmpty();
        embedded.Hostile.Should().BeNull();
        embedded.EventDelay.Should().BeNull();
        embedded.RedirectTo.Should().BeNull();
        embedded.DripInterval.Should().BeNull();
        embedded.Latency.Should().Be(AnswerLatency.None);
    }

    [Test]
    public void Variations_and_a_hostile_mode_are_read_with_their_timing_and_redirect_target()
    {
        var embedded = Load(
            ("AGW_EMBEDDED_VARIATIONS", "events-delayed, WRONG-METHOD-RETCODE,,non-digit-id-not-found"),
            ("AGW_EMBEDDED_HOSTILE", "redirect"),
            ("AGW_EMBEDDED_REDIRECT_TO", "https://elsewhere.example:9443/"),
            ("AGW_EMBEDDED_EVENT_DELAY", "1.5s"),
            ("AGW_EMBEDDED_DRIP_INTERVAL", "250ms")).Embedded;

        embedded.Variations.Should().BeEquivalentTo(
            [GatewayVariation.EventsDelayed, GatewayVariation.WrongMethodRetcode, GatewayVariation.NonDigitIdNotFound]);
        embedded.Hostile.Should().Be(GatewayHostility.Redirect);
        embedded.RedirectTo.Should().Be(new Uri("https://elsewhere.example:9443/"));
        embedded.EventDelay.Should().Be(TimeSpan.FromMilliseconds(1500));
        embedded.DripInterval.Should().Be(TimeSpan.FromMilliseconds(250));
    }

    [Test]
    public void Variations_and_a_hostile_mode_come_from_the_embedded_section_of_the_file_unless_the_environment_says_otherwise()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            { "embedded": { "variations": ["oversized-body-unread", "published-example-types"], "hostile": "drip",
                            "eventDelay": "2s", "dripInterval": "100ms", "redirectTo": "http://file.example/" } }
            """);

        var fromFile = Load(("AGW_CONFIG", file)).Embedded;
        var overridden = Load(
            ("AGW_CONFIG", file), ("AGW_EMBEDDED_HOSTILE", "stall"), ("AGW_EMBEDDED_VARIATIONS", "events-delayed")).Embedded;

        fromFile.Variations.Should().BeEquivalentTo([GatewayVariation.OversizedBodyUnread, GatewayVariation.PublishedExampleTypes]);
        fromFile.Hostile.Should().Be(GatewayHostility.Drip);
        fromFile.EventDelay.Should().Be(TimeSpan.FromSeconds(2));
        fromFile.DripInterval.Should().Be(TimeSpan.FromMilliseconds(100));
        fromFile.RedirectTo.Should().Be(new Uri("http://file.example/"));
        overridden.Variations.Should().Equal(GatewayVariation.EventsDelayed);
        overridden.Hostile.Should().Be(GatewayHostility.Stall);
    }

    [TestCase("AGW_EMBEDDED_VARIATIONS", "events-delayed,example-style-types",
        "*Unknown variation 'example-style-types'*known variations: events-delayed, oversized-body-unread, *published-example-types.")]
    [TestCase("AGW_EMBEDDED_HOSTILE", "slow", "*Unknown hostile mode 'slow'*known hostile modes: stall, drip, huge-answer, *not-http.")]
    [TestCase("AGW_EMBEDDED_HOSTILE", "stall,drip", "*Unknown hostile mode 'stall,drip'*")]
    [TestCase("AGW_EMBEDDED_HOSTILE", "redirect", "*hostile mode redirect needs*AGW_EMBEDDED_REDIRECT_TO*")]
    [TestCase("AGW_EMBEDDED_REDIRECT_TO", "elsewhere.example", "*AGW_EMBEDDED_REDIRECT_TO*not an http(s) URL*")]
    [TestCase("AGW_EMBEDDED_EVENT_DELAY", "soon", "*AGW_EMBEDDED_EVENT_DELAY*not a duration*")]
    [TestCase("AGW_EMBEDDED_DRIP_INTERVAL", "0s", "*AGW_EMBEDDED_DRIP_INTERVAL must be positive*")]
    public void Says_which_variation_or_hostile_setting_is_wrong(string name, string value, string message)
    {
        var act = () => Load((name, value));

        act.Should().Throw<SettingsException>().WithMessage(message);
    }

    [Test]
    public void The_max_response_option_sets_its_variable() =>
        global::AgentGateway.Conformance.Cli.CommandLine.Parse(["--max-response", "4096"]).Variables.Should().Contain("AGW_MAX_RESPONSE", "4096");

    [TestCase("500ms", 500)]
    [TestCase("10s", 10_000)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase("7", 7_000)]
    [TestCase("1.5s", 1_500)]
    public void Durations_are_read_in_milliseconds_seconds_minutes_hours_or_plain_seconds(string text, int milliseconds) =>
        Load(("AGW_CLOCK_SKEW", text)).ClockSkew.Should().Be(TimeSpan.FromMilliseconds(milliseconds));

    [TestCase("AGW_SETTLE_TIME", "-1s", "AGW_SETTLE_TIME: '-1s' is negative; a duration is 0 or more.")]
    [TestCase("AGW_REQUEST_TIMEOUT", "NaN", "AGW_REQUEST_TIMEOUT: 'NaN' is not a duration; write 500ms, 10s, 2m, 1h or plain seconds.")]
    [TestCase("AGW_EMBEDDED_LONG_POLL", "99999999999h",
        "AGW_EMBEDDED_LONG_POLL: '99999999999h' is too long for a duration: the longest is 10675199 days.")]
    public void A_duration_that_is_negative_not_a_number_or_too_long_is_refused_with_the_variable_named(
        string name, string value, string message)
    {
        var act = () => Load((name, value));

        act.Should().Throw<SettingsException>().Which.Message.Should().Be(message);
    }

    [TestCase("clock-skew,missing-field")]
    [TestCase(" CLOCK-SKEW , missing-field,,clock-skew ")]
    public void Faults_are_read_from_a_comma_list_each_once(string list) =>
        Load(("AGW_EMBEDDED_FAULTS", list)).Embedded.Faults.Should().Equal(GatewayFault.ClockSkew, GatewayFault.MissingField);

    [Test]
    public void Faults_come_from_the_embedded_section_of_the_file_as_names_or_comma_lists()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "embedded": { "faults": ["clock-skew", "missing-field,queue-not-cleared"] } }""");

        Load(("AGW_CONFIG", file)).Embedded.Faults.Should()
            .Equal(GatewayFault.ClockSkew, GatewayFault.MissingField, GatewayFault.QueueNotCleared);
        File.Delete(file);
    }

    [Test]
    public void An_unknown_fault_is_refused_with_the_variable_named_and_the_known_faults_listed()
    {
        var act = () => Load(("AGW_EMBEDDED_FAULTS", "clock-skew,clock-skewed"));

        act.Should().Throw<SettingsException>().Which.Message.Should().Be(
            "AGW_EMBEDDED_FAULTS (--fault): Unknown fault 'clock-skewed'; known faults: "
            + string.Join(", ", GatewayFaults.All.Select(f => f.Name)) + ".");
    }
}
