using AgentGateway.Conformance.Cli;
using AgentGateway.Reference;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Cli;

public sealed class CommandLineTests
{
    [Test]
    public void Variation_and_hostile_options_set_their_variables_and_variations_add_up_like_faults()
    {
        var options = CommandLine.Parse([
            "--variation", "events-delayed", "--variation=wrong-method-retcode,published-example-types", "--hostile", "drip",
            "--event-delay", "1s", "--redirect-to", "https://elsewhere.example/", "--drip-interval", "250ms", "--fault", "clock-skew",
        ]);

        options.Variables.Should().Contain(new Dictionary<string, string>
        {
            ["AGW_EMBEDDED_VARIATIONS"] = "events-delayed,wrong-method-retcode,published-example-types",
            ["AGW_EMBEDDED_HOSTILE"] = "drip",
            ["AGW_EMBEDDED_EVENT_DELAY"] = "1s",
            ["AGW_EMBEDDED_REDIRECT_TO"] = "https://elsewhere.example/",
            ["AGW_EMBEDDED_DRIP_INTERVAL"] = "250ms",
            ["AGW_EMBEDDED_FAULTS"] = "clock-skew",
        });
    }

    [Test]
    public void Calls_set_their_variable_and_are_listed_in_the_help()
    {
        CommandLine.Parse(["--calls", "41001,41002,88001"]).Variables.Should().Contain("AGW_CALLS", "41001,41002,88001");
        CommandLine.HelpText([], []).Should().Contain("--calls").And.Contain("[AGW_CALLS]");
    }

    [Test]
    public void The_inbound_trigger_sets_its_variable_and_is_listed_in_the_help()
    {
        CommandLine.Parse(["--inbound-trigger", "/test/inbound"]).Variables.Should().Contain("AGW_INBOUND_TRIGGER", "/test/inbound");
        CommandLine.HelpText([], []).Should().Contain("--inbound-trigger").And.Contain("[AGW_INBOUND_TRIGGER]");
    }

    [TestCase("--fault=clock-skew,missing-field")]
    [TestCase("--fault=clock-skew", "missing-field")]
    [TestCase("--fault", "clock-skew,missing-field")]
    [TestCase("--fault", "clock-skew", "missing-field")]
    [TestCase("--fault", "clock-skew", "--fault", "missing-field")]
    [TestCase("--fault", "clock-skew", "missing-field", "--seed", "7")]
    public void Faults_are_named_as_words_comma_lists_inline_values_or_repeated_options(params string[] args) =>
        CommandLine.Parse(args).Variables["AGW_EMBEDDED_FAULTS"].Should().Be("clock-skew,missing-field");

    [Test]
    public void Variation_names_are_taken_as_separate_words_too() =>
        CommandLine.Parse(["--variation", "events-delayed", "wrong-method-retcode", "--only", "Methods"])
            .Variables["AGW_EMBEDDED_VARIATIONS"].Should().Be("events-delayed,wrong-method-retcode");

    [TestCase("--fault")]
    [TestCase("--fault", "--seed", "7")]
    public void A_list_option_without_a_name_is_refused(params string[] args)
    {
        var act = () => CommandLine.Parse(args);

        act.Should().Throw<ArgumentException>().WithMessage("Option --fault needs a value.*");
    }

    [Test]
    public void Help_names_the_duration_forms_and_the_forms_of_the_list_options()
    {
        var help = CommandLine.HelpText([], [], [], []);

        help.Should().Contain("TIME is 500ms, 10s, 2m, 1h or plain seconds.")
            .And.Contain("--fault=clock-skew")
            .And.Contain("fault modes to switch on (names or comma lists; repeatable)");
    }

    [Test]
    public void Help_lists_the_new_options_and_every_variation_and_hostile_mode()
    {
        var help = CommandLine.HelpText(["HeaderEnforcement"], GatewayFaults.All.Select(f => f.Name),
            GatewayVariations.All.Select(v => v.Name), GatewayHostilities.All.Select(h => h.Name));

        string[] options = ["--variation NAMES", "--hostile NAME", "--event-delay TIME", "--redirect-to URL", "--drip-interval TIME"];
        foreach (var option in options)
        {
            help.Should().Contain("  " + option + " ");
        }

        GatewayVariations.All.Should().OnlyContain(v => help.Contains(v.Name, StringComparison.Ordinal));
        GatewayHostilities.All.Should().OnlyContain(h => help.Contains(h.Name, StringComparison.Ordinal));
        help.Should().Contain("[AGW_EMBEDDED_VARIATIONS]").And.Contain("[AGW_EMBEDDED_HOSTILE]");
    }
}
