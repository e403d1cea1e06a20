using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Reference;
using AgentGateway.Reference.Cli;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Cli;

/// <summary>
/// <c>./run.sh</c> and the standalone gateway read the same forms of the options they share: the same arguments give the
/// embedded gateway and the standalone one the same faults, variations and durations, and the same mistakes the same message.
/// </summary>
public sealed class SharedCommandLineFormsTests
{
    private static IEnumerable<TestCaseData> FaultForms()
    {
        var forms = new (string Name, string[] Args)[]
        {
            ("a_comma_list", ["--fault", "clock-skew,missing-field"]),
            ("separate_words", ["--fault", "clock-skew", "missing-field"]),
            ("an_inline_comma_list", ["--fault=clock-skew,missing-field"]),
            ("an_inline_value_and_a_word", ["--fault=clock-skew", "MISSING-FIELD"]),
            ("a_repeated_option", ["--fault", "clock-skew", "--fault", "missing-field"]),
            ("all_at_once", ["--fault=clock-skew", "--fault", " missing-field , clock-skew", "clock-skew"]),
        };
        return forms.Select(f => new TestCaseData((object)f.Args).SetName($"Both_programs_read_faults_from_{f.Name}"));
    }

    private static readonly string[] DurationTexts = ["500ms", "250MS", "10s", "1.5s", "2m", "1h", "7", "0.25"];

    private static IEnumerable<TestCaseData> DurationForms() =>
        DurationTexts.Select(text => new TestCaseData(text).SetName($"Both_programs_read_the_duration_{text.Replace('.', '_')}"));

    [TestCaseSource(nameof(FaultForms))]
    public void Both_programs_read_faults_from(string[] args)
    {
        Suite(args).Faults.Should().Equal(GatewayFault.ClockSkew, GatewayFault.MissingField);
        StandaloneCommandLine.Parse(args).Gateway.Faults.Should().BeEquivalentTo([GatewayFault.ClockSkew, GatewayFault.MissingField]);
    }

    [TestCase("--variation", "events-delayed,wrong-method-retcode")]
    [TestCase("--variation", "events-delayed", "wrong-method-retcode")]
    [TestCase("--variation=events-delayed", "--variation", "WRONG-METHOD-RETCODE")]
    public void Both_programs_read_variations_like_faults(params string[] args)
    {
        GatewayVariation[] expected = [GatewayVariation.EventsDelayed, GatewayVariation.WrongMethodRetcode];

        Suite(args).Variations.Should().BeEquivalentTo(expected);
        StandaloneCommandLine.Parse(args).Gateway.Variations.Should().BeEquivalentTo(expected);
    }

    [TestCaseSource(nameof(DurationForms))]
    public void Both_programs_read_the_duration(string text)
    {
        var expected = Durations.Parse(text);

        Suite(["--long-poll", text, "--event-delay=" + text]).Should().Match<EmbeddedGatewaySettings>(
            e => e.LongPollWait == expected && e.EventDelay == expected);
        StandaloneCommandLine.Parse(["--long-poll", text, "--event-delay=" + text]).Gateway.Should().Match<ReferenceGatewayOptions>(
            g => g.LongPollWait == expected && g.EventDelay == expected);
    }

    [TestCase("100ms")]
    [TestCase("50ms-300ms")]
    [TestCase("0.05-0.3")]
    public void Both_programs_read_the_latency(string text)
    {
        var expected = AnswerLatency.Parse(text);

        Suite(["--latency", text]).Latency.Should().Be(expected);
        StandaloneCommandLine.Parse(["--latency=" + text]).Gateway.Latency.Should().Be(expected);
    }

    [TestCase("--fault", "clock-skew,clock-skewed")]
    [TestCase("--variation", "events-delayed,example-style-types")]
    [TestCase("--hostile", "slow")]
    [TestCase("--long-poll", "-1s")]
    [TestCase("--long-poll", "NaN")]
    [TestCase("--event-delay", "99999999999h")]
    [TestCase("--latency", "300ms-50ms")]
    [TestCase("--latency", "1s-2s-3s")]
    public void Both_programs_refuse_a_mistake_with_the_same_message_after_their_own_name_for_the_setting(string option, string value)
    {
        var suite = () => Suite([option, value]);
        var standalone = () => StandaloneCommandLine.Parse([option, value]);

        var suiteMessage = suite.Should().Throw<SettingsException>().Which.Message;
        var standaloneMessage = standalone.Should().Throw<CommandLineException>().Which.Message;
        var shared = standaloneMessage[(option.Length + 2)..];
        standaloneMessage.Should().StartWith(option + ": ");
        suiteMessage.Should().MatchRegex($"^AGW_EMBEDDED_[A-Z_]+( \\({option}\\))?: ").And.EndWith(": " + shared);
    }

    /// <summary>The embedded gateway's settings as <c>./run.sh</c> reads them from these arguments alone.</summary>
    private static EmbeddedGatewaySettings Suite(IReadOnlyList<string> args)
    {
        var variables = CommandLine.Parse(args).Variables;
        return SettingsLoader.Load(name => variables.GetValueOrDefault(name)).Embedded;
    }
}
