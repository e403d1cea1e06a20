using AgentGateway.Reference.Cli;

namespace AgentGateway.Reference.Tests.Cli;

public class StandaloneCommandLineTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private static readonly string[] Options =
    [
        "--urls", "--authmode", "--guid-interval", "--guid-timeout", "--long-poll", "--session-timeout", "--edition", "--fault",
        "--list-faults", "--agents", "--node-index", "--cert", "--key", "--cert-password", "--export-cert", "--help",
        "--variation", "--list-variations", "--event-delay", "--hostile", "--list-hostile", "--redirect-to", "--drip-interval",
    ];

    private static IEnumerable<TestCaseData> BadOptions()
    {
        var cases = new (string Name, string[] Args, string Message)[]
        {
            ("unknown_option", ["--nope"], "Unknown option '--nope'"),
            ("missing_value", ["--authmode"], "--authmode needs a value"),
            ("authmode_3", ["--authmode", "3"], "--authmode must be 1 or 2"),
            ("duration_that_is_a_word", ["--guid-interval", "soon"], "--guid-interval: 'soon' is not a duration; write 500ms, 10s"),
            ("negative_duration", ["--long-poll", "-1s"], "--long-poll: '-1s' is negative"),
            ("duration_that_is_not_a_number", ["--session-timeout", "NaN"], "--session-timeout: 'NaN' is not a duration"),
            ("zero_guid_interval", ["--guid-interval", "0s"], "GuidInterval must be positive"),
            ("overflowing_duration", ["--long-poll", "99999999999h"], "--long-poll: '99999999999h' is too long for a duration"),
            ("duration_of_plain_seconds_over_the_upper_bound", ["--session-timeout", "2592001"], "SessionTimeout must be at most 30 days"),
            ("long_poll_of_weeks", ["--long-poll", "2000h"], "LongPollWait"),
            ("guid_timeout_of_centuries", ["--guid-timeout", "9999999h"], "GuidTimeout"),
            ("guid_interval_not_below_timeout", ["--guid-interval", "3m", "--guid-timeout", "2m"],
                "GuidInterval must be shorter than GuidTimeout"),
            ("guid_interval_equal_to_timeout", ["--guid-interval", "120s"], "GuidInterval must be shorter than GuidTimeout"),
            ("unknown_edition", ["--edition", "2030"], "--edition must be default or 2025"),
            ("fault_without_name", ["--fault"], "--fault needs at least one fault name"),
            ("fault_followed_by_option", ["--fault", "--authmode", "1"], "--fault needs at least one fault name"),
            ("unknown_fault", ["--fault", "no-such-fault"], "--fault: Unknown fault 'no-such-fault'; known faults: agent-id-accepts-100, "),
            ("empty_inline_fault", ["--fault="], "--fault needs at least one fault name"),
            ("unknown_fault_among_words", ["--fault", "clock-skew", "clock-skewed"], "--fault: Unknown fault 'clock-skewed'"),
            ("inline_value_of_a_switch", ["--list-faults=all"], "--list-faults takes no value"),
            ("http_url", ["--urls", "http://127.0.0.1:8043"], "--urls takes an https URL"),
            ("port_out_of_range", ["--urls", "https://127.0.0.1:99999"], "--urls takes an https URL"),
            ("host_name_that_is_not_an_address", ["--urls", "https://gateway.example:8043"], "ListenHost"),
            ("localhost_with_port_0", ["--urls", "https://localhost:0"], "ListenHost localhost needs a fixed port"),
            ("negative_node_index", ["--node-index", "-1"], "--node-index must be a non-negative number"),
            ("agent_without_password", ["--agents", "41001"], "--agents takes ID:PASSWORD pairs"),
            ("missing_certificate_file", ["--cert", "/nonexistent/gateway.pfx"], "--cert: cannot load '/nonexistent/gateway.pfx'"),
            ("unwritable_export_path", ["--export-cert", "/nonexistent/directory/gateway.pem"], "--export-cert: cannot write"),
            ("variation_without_name", ["--variation", "--authmode", "1"], "--variation needs at least one variation name"),
            ("unknown_variation", ["--variation", "events-delayed,example-style-types"],
                "--variation: Unknown variation 'example-style-types'; known variations: events-delayed, "),
            ("former_fault_example_style_types", ["--fault", "example-style-types"], "Unknown fault 'example-style-types'"),
            ("unknown_hostile_mode", ["--hostile", "slow"], "Unknown hostile mode 'slow'"),
            ("two_hostile_modes", ["--hostile", "stall", "--hostile", "drip"], "--hostile takes one mode"),
            ("hostile_without_name", ["--hostile"], "--hostile needs a value"),
            ("redirect_without_target", ["--hostile", "redirect"], "--hostile redirect needs --redirect-to URL"),
            ("redirect_to_a_path", ["--hostile", "redirect", "--redirect-to", "/elsewhere"], "--redirect-to takes an http or https URL"),
            ("redirect_to_ftp", ["--redirect-to", "ftp://elsewhere.example/"], "--redirect-to takes an http or https URL"),
            ("event_delay_without_a_number", ["--event-delay", "ms"], "--event-delay: 'ms' is not a duration"),
            ("event_delay_of_months", ["--event-delay", "2000h"], "EventDelay must be between 0 and 30 days"),
            ("zero_drip_interval", ["--drip-interval", "0s"], "DripInterval must be positive"),
        };
        foreach (var (name, args, message) in cases)
        {
            yield return new TestCaseData(args, message).SetName($"Bad_option_{name}_exits_2_with_a_message");
        }
    }

    [Test]
    public async Task Help_prints_every_option_and_exits_0()
    {
        var (code, output, errors) = await RunAsync("--help");

        code.Should().Be(0);
        errors.Should().BeEmpty();
        foreach (var option in Options)
        {
            output.Should().Contain("  " + option + " ");
        }

        output.Should().Contain("dotnet run --project suite/AgentGateway.Reference -- [options]");
    }

    [Test]
    public async Task List_faults_prints_one_line_per_fault_with_its_area_and_description_and_exits_0()
    {
        var (code, output, errors) = await RunAsync("--list-faults");

        code.Should().Be(0);
        errors.Should().BeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCount(GatewayFaults.All.Count);
        foreach (var (fault, line) in GatewayFaults.All.Zip(lines))
        {
            line.Should().StartWith(fault.Name + " ").And.Contain(" " + fault.Area + " ").And.EndWith(fault.Description);
        }
    }

    [Test]
    public async Task List_variations_and_list_hostile_print_one_line_per_name_with_its_description_and_exit_0()
    {
        var (variationCode, variations, variationErrors) = await RunAsync("--list-variations");
        var (hostileCode, hostile, hostileErrors) = await RunAsync("--list-hostile");

        (variationCode, hostileCode).Should().Be((0, 0));
        (variationErrors + hostileErrors).Should().BeEmpty();
        var variationLines = variations.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hostileLines = hostile.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        variationLines.Should().Equal(GatewayVariations.All, (line, v) => Describes(line, v.Name, v.Description));
        hostileLines.Should().Equal(GatewayHostilities.All, (line, h) => Describes(line, h.Name, h.Description));
    }

    [TestCaseSource(nameof(BadOptions))]
    public async Task A_bad_option_exits_2_with_a_message_and_starts_nothing(string[] args, string message)
    {
        var (code, output, errors) = await RunAsync(["--urls", "https://127.0.0.1:0", .. args]);

        code.Should().Be(2, "stdout: {0} stderr: {1}", output, errors);
        errors.Should().Contain(message);
        output.Should().NotContain("Listening on");
    }

    [Test]
    public void Options_fill_the_gateway_options()
    {
        var parsed = StandaloneCommandLine.Parse([
            "--urls", "https://*:9443", "--authmode", "1", "--guid-interval", "1.5s", "--guid-timeout", "2m", "--long-poll", "500ms",
            "--session-timeout", "1h", "--edition", "2025",
            "--fault", "clock-skew,missing-field", "QUEUE-NOT-CLEARED", "--fault", "set-guid-not-sent",
            "--agents", "41001:pw1,41002:a:b", "--node-index", "3",
        ]);

        var gateway = parsed.Gateway;
        gateway.ListenHost.Should().Be("0.0.0.0");
        gateway.Port.Should().Be(9443);
        gateway.AuthMode.Should().Be(1);
        gateway.GuidInterval.Should().Be(TimeSpan.FromMilliseconds(1500));
        gateway.GuidTimeout.Should().Be(TimeSpan.FromMinutes(2));
        gateway.LongPollWait.Should().Be(TimeSpan.FromMilliseconds(500));
        gateway.SessionTimeout.Should().Be(TimeSpan.FromHours(1));
        gateway.Edition.Should().Be("2025");
        gateway.Faults.Should().BeEquivalentTo(
            [GatewayFault.ClockSkew, GatewayFault.MissingField, GatewayFault.QueueNotCleared, GatewayFault.SetGuidNotSent]);
        gateway.AgentPasswords.Should().BeEquivalentTo(new Dictionary<string, string> { ["41001"] = "pw1", ["41002"] = "a:b" });
        gateway.NodeIndex.Should().Be(3);
    }

    [Test]
    public void Variation_and_hostile_options_fill_the_gateway_options()
    {
        var gateway = StandaloneCommandLine.Parse([
            "--variation", "events-delayed,WRONG-METHOD-RETCODE", "non-digit-id-not-found", "--variation", "published-example-types",
            "--event-delay", "1.5s", "--hostile", "redirect", "--redirect-to", "https://elsewhere.example:9443/base",
            "--drip-interval", "250ms",
        ]).Gateway;

        gateway.Variations.Should().BeEquivalentTo([
            GatewayVariation.EventsDelayed, GatewayVariation.WrongMethodRetcode, GatewayVariation.NonDigitIdNotFound,
            GatewayVariation.PublishedExampleTypes,
        ]);
        gateway.EventDelay.Should().Be(TimeSpan.FromMilliseconds(1500));
        gateway.Hostile.Should().Be(GatewayHostility.Redirect);
        gateway.RedirectTo.Should().Be(new Uri("https://elsewhere.example:9443/base"));
        gateway.DripInterval.Should().Be(TimeSpan.FromMilliseconds(250));
    }

    [Test]
    public void Durations_are_read_in_every_form_plain_seconds_and_hours_included()
    {
        var gateway = StandaloneCommandLine.Parse([
            "--guid-interval", "7", "--guid-timeout", "0.5h", "--long-poll", "250MS", "--session-timeout=2m", "--event-delay", "1.5",
            "--drip-interval", "100ms",
        ]).Gateway;

        gateway.GuidInterval.Should().Be(TimeSpan.FromSeconds(7));
        gateway.GuidTimeout.Should().Be(TimeSpan.FromMinutes(30));
        gateway.LongPollWait.Should().Be(TimeSpan.FromMilliseconds(250));
        gateway.SessionTimeout.Should().Be(TimeSpan.FromMinutes(2));
        gateway.EventDelay.Should().Be(TimeSpan.FromMilliseconds(1500));
        gateway.DripInterval.Should().Be(TimeSpan.FromMilliseconds(100));
    }

    [TestCase("--fault=clock-skew,missing-field")]
    [TestCase("--fault=clock-skew", "missing-field")]
    [TestCase("--fault", "clock-skew,missing-field")]
    [TestCase("--fault", "clock-skew", "missing-field")]
    [TestCase("--fault", "clock-skew", "--fault", "missing-field")]
    [TestCase("--fault=clock-skew", "--fault=MISSING-FIELD", "--fault", " clock-skew , missing-field ")]
    public void Faults_are_named_as_words_comma_lists_inline_values_or_repeated_options(params string[] args) =>
        StandaloneCommandLine.Parse(args).Gateway.Faults.Should().BeEquivalentTo([GatewayFault.ClockSkew, GatewayFault.MissingField]);

    [TestCase("--variation=events-delayed,wrong-method-retcode")]
    [TestCase("--variation", "events-delayed", "wrong-method-retcode")]
    [TestCase("--variation", "events-delayed", "--variation=wrong-method-retcode", "--authmode", "1")]
    public void Variations_are_named_like_faults(params string[] args) =>
        StandaloneCommandLine.Parse(args).Gateway.Variations.Should()
            .BeEquivalentTo([GatewayVariation.EventsDelayed, GatewayVariation.WrongMethodRetcode]);

    [Test]
    public void Any_option_takes_its_value_after_an_equals_sign()
    {
        var gateway = StandaloneCommandLine.Parse(
            ["--urls=https://127.0.0.1:9443", "--edition=2025", "--redirect-to=https://elsewhere.example/"]).Gateway;

        (gateway.Port, gateway.Edition, gateway.RedirectTo).Should().Be((9443, "2025", new Uri("https://elsewhere.example/")));
    }

    [Test]
    public void Without_options_the_gateway_listens_on_127_0_0_1_8043_with_the_documented_defaults()
    {
        var gateway = StandaloneCommandLine.Parse([]).Gateway;

        gateway.ListenHost.Should().Be("127.0.0.1");
        gateway.Port.Should().Be(8043);
        gateway.AuthMode.Should().Be(2);
        gateway.GuidInterval.Should().Be(TimeSpan.FromSeconds(60));
        gateway.GuidTimeout.Should().Be(TimeSpan.FromSeconds(120));
        gateway.LongPollWait.Should().Be(TimeSpan.FromSeconds(10));
        gateway.SessionTimeout.Should().Be(TimeSpan.FromSeconds(120));
        gateway.Edition.Should().Be("default");
        gateway.Faults.Should().BeEmpty();
        gateway.Variations.Should().BeEmpty();
        gateway.EventDelay.Should().Be(TimeSpan.FromMilliseconds(300));
        gateway.Hostile.Should().BeNull();
        gateway.DripInterval.Should().Be(TimeSpan.FromSeconds(2));
    }

    private static bool Describes(string line, string name, string description) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) && line.EndsWith(description, StringComparison.Ordinal);

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await StandaloneProgram.RunAsync(args, output, errors).WaitAsync(Budget);
        return (code, output.ToString(), errors.ToString());
    }
}
