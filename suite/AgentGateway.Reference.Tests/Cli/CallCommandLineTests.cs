using AgentGateway.Reference.Cli;

namespace AgentGateway.Reference.Tests.Cli;

public class CallCommandLineTests
{
    private static IEnumerable<TestCaseData> BadOptions()
    {
        var cases = new (string Name, string[] Args, string Message)[]
        {
            ("far_end_without_behaviour", ["--far-end", "5550100"], "--far-end takes NUMBER=answer|ring|busy pairs"),
            ("far_end_with_a_letter", ["--far-end", "555a=answer"], "--far-end takes NUMBER=answer|ring|busy pairs"),
            ("far_end_of_25_digits", ["--far-end", "1234567890123456789012345=ring"], "--far-end takes NUMBER=answer|ring|busy"),
            ("unknown_far_end_behaviour", ["--far-end", "5550100=hangup"], "Unknown far-end behaviour 'hangup'"),
            ("far_end_without_value", ["--far-end"], "--far-end needs a value"),
            ("zero_ring_timeout", ["--ring-timeout", "0s"], "RingTimeout must be positive"),
            ("negative_ring_timeout", ["--ring-timeout", "-5s"], "--ring-timeout"),
            ("wrap_up_of_months", ["--wrap-up", "2000h"], "WrapUpDuration must be between 0 and 30 days"),
        };
        foreach (var (name, args, message) in cases)
        {
            yield return new TestCaseData(args, message).SetName($"Bad_call_option_{name}_exits_2_with_a_message");
        }
    }

    [Test]
    public void Call_options_fill_the_gateway_options()
    {
        var gateway = StandaloneCommandLine.Parse([
            "--far-end", "5550100=answer, 88003=RING", "--far-end", "*12#=busy",
            "--ring-timeout", "45s", "--wrap-up", "0s", "--control-endpoint",
        ]).Gateway;

        gateway.FarEnds.Should().BeEquivalentTo(new Dictionary<string, FarEndBehaviour>
        {
            ["88001"] = FarEndBehaviour.Answer,
            ["88002"] = FarEndBehaviour.Ring,
            ["88003"] = FarEndBehaviour.Ring,
            ["5550100"] = FarEndBehaviour.Answer,
            ["*12#"] = FarEndBehaviour.Busy,
        });
        gateway.RingTimeout.Should().Be(TimeSpan.FromSeconds(45));
        gateway.WrapUpDuration.Should().Be(TimeSpan.Zero);
        gateway.ControlEndpoint.Should().BeTrue();
    }

    [Test]
    public void Without_call_options_the_built_in_far_ends_and_timers_apply_and_the_control_endpoint_is_off()
    {
        var gateway = StandaloneCommandLine.Parse([]).Gateway;

        gateway.FarEnds.Should().BeEquivalentTo(FarEndNumbers.Defaults);
        gateway.RingTimeout.Should().Be(TimeSpan.FromSeconds(30));
        gateway.WrapUpDuration.Should().Be(TimeSpan.FromSeconds(60));
        gateway.ControlEndpoint.Should().BeFalse();
    }

    [TestCaseSource(nameof(BadOptions))]
    public async Task A_bad_call_option_exits_2_with_a_message_and_starts_nothing(string[] args, string message)
    {
        var (code, output, errors) = await RunAsync(["--urls", "https://127.0.0.1:0", .. args]);

        code.Should().Be(2, "stdout: {0} stderr: {1}", output, errors);
        errors.Should().Contain(message);
        output.Should().NotContain("Listening on");
    }

    [Test]
    public async Task Help_prints_the_call_options()
    {
        var (code, output, _) = await RunAsync("--help");

        code.Should().Be(0);
        foreach (var option in new[] { "--far-end", "--ring-timeout", "--wrap-up", "--control-endpoint" })
        {
            output.Should().Contain("  " + option + " ");
        }
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await StandaloneProgram.RunAsync(args, output, errors).WaitAsync(TimeSpan.FromSeconds(30));
        return (code, output.ToString(), errors.ToString());
    }
}
