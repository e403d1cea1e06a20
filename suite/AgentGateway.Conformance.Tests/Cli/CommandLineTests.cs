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
