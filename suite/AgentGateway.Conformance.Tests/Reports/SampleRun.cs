using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Reports;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;

namespace AgentGateway.Conformance.Tests.Reports;

/// <summary>
/// One canonical run whose gateway answers carry script payloads in every field it controls, with the constants the
/// report tests assert against. Exchanges are recorded through a <see cref="Redactor"/>, as the suite records them.
/// </summary>
internal static class SampleRun
{
    public const string BaseUrl = "https://gateway.example:8043/";
    public const string Password = "Hunter2-pw!";
    public const string IssuedGuid = "0f0e0d0c-aaaa-bbbb-cccc-000000000001.AgentGateway0";
    public const string LeakedGuid = "12345678-1234-1234-1234-123456789abc.AgentGateway3";
    public const string Pwned = "window.__agwPwned=1";

    public const string SyncUrl = BaseUrl + "agentgateway/resource/onlineagent/41001/syncagentinfo";

    public static readonly (string Field, string Payload)[] Payloads =
    [
        ("response_body", $"<script>/*response-body*/{Pwned}</script>"),
        ("response_header_value", $"<img src=x onerror=\"/*header-value*/{Pwned}\">"),
        ("response_header_name", $"X-<b>onmouseover=\"/*header-name*/{Pwned}\""),
        ("server_header", $"<script>/*server*/{Pwned}</script>"),
        ("finding_actual", $"<img src=x onerror=\"/*finding-actual*/{Pwned}\">"),
        ("finding_expected", $"<script>/*finding-expected*/{Pwned}</script>"),
        ("json_path", $"$.result['<script>/*json-path*/{Pwned}</script>']"),
        ("message", $"<script>/*message*/{Pwned}</script>"),
        ("transport_error", $"<img src=x onerror=\"/*transport-error*/{Pwned}\">"),
        ("embedded_description", $"<script>/*description*/{Pwned}</script>"),
        ("certificate", $"\"><script>/*certificate*/{Pwned}</script>"),
    ];

    public static readonly RunResult Run = Build();

    public static readonly string Html = Render(Run);

    public static string Payload(string field) => Payloads.Single(p => p.Field == field).Payload;

    /// <summary>Renders a run, summarised afresh, since tests derive runs from <see cref="Run"/> with other checks.</summary>
    public static string Render(RunResult run)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(run.Summarised(RequirementCatalogue.Load()), ReportInputs.Load(), writer);
        return writer.ToString();
    }

    public static RunResult With(params CheckResult[] checks) => (Run with { Checks = checks }).Summarised(RequirementCatalogue.Load());

    public static CheckResult Check(string area, string name, CheckStatus status, params string[] requirements) => new()
    {
        Area = area,
        Fixture = $"{area}Tests",
        Name = name,
        RequirementIds = requirements,
        Status = status,
    };

    private static RunResult Build()
    {
        var redactor = new Redactor();
        redactor.Register(Password, "password of agent 41001");
        redactor.RegisterIssued(IssuedGuid);

        var signIn = Record(redactor, new Exchange
        {
            Sequence = 1,
            Purpose = "sign in (agent 41001)",
            Method = "PUT",
            Url = BaseUrl + "agentgateway/resource/onlineagent/41001",
            RequestHeaders = [new("Content-Type", "application/json; charset=UTF-8"), new("Content-Length", "98")],
            RequestBody = $$"""{"password":"{{Password}}","phonenum":"70001"}""",
            Status = 200,
            ResponseHeaders = [new("Set-GUID", $"JSESSIONID={IssuedGuid}"), new("Server", Payload("server_header"))],
            ResponseBody = """{"message":"","retcode":"0"}""",
            LatencyMilliseconds = 3.7,
        });
        var sync = Record(redactor, new Exchange
        {
            Sequence = 2,
            Purpose = "sync with the agent's own Guid",
            Method = "POST",
            Url = SyncUrl,
            RequestHeaders = [new("Guid", IssuedGuid), new("Content-Type", "application/json; charset=UTF-8"), new("Content-Length", "0")],
            Status = 200,
            ResponseHeaders =
            [
                new("X-Trace", Payload("response_header_value")),
                new(Payload("response_header_name"), "1"),
                new("Content-Type", "application/json;charset=UTF-8"),
            ],
            ResponseBody = $$"""{"message":"{{Payload("response_body")}}","retcode":"0","guid":"{{IssuedGuid}}"}""",
            LatencyMilliseconds = 12.5,
        });
        var lost = Record(redactor, new Exchange
        {
            Sequence = 3,
            Purpose = "sync while the gateway is gone",
            Method = "POST",
            Url = SyncUrl,
            RequestHeaders = [new("Guid", IssuedGuid)],
            Outcome = TransportOutcome.HeadersTimedOut,
            TransportError = Payload("transport_error"),
            LatencyMilliseconds = 20000,
        });

        return new RunResult
        {
            SuiteVersion = "1.2.3",
            RequirementSetVersion = "1.0.0",
            Started = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero),
            Finished = new DateTimeOffset(2026, 11, 25, 9, 31, 5, TimeSpan.Zero),
            Profile = "compatible",
            Edition = "default",
            Seed = 20230927,
            Target = new TargetFingerprint
            {
                BaseUrl = BaseUrl,
                Embedded = false,
                EmbeddedDescription = Payload("embedded_description"),
                TlsTrust = "CA file gateway-ca.pem",
                CaFile = "gateway-ca.pem",
                TlsVerificationDisabled = false,
                CertificateSha256 = Payload("certificate"),
                ServerHeader = Payload("server_header"),
                Agents = ["41001", "41002"],
            },
            Checks =
            [
                Check("HeaderEnforcement", "Accepts_sync_with_valid_guid", CheckStatus.Pass, "SYNC-AUTH-009") with
                {
                    Findings = [new("SYNC-AUTH-009", RequirementLevel.Must, true, "retcode \"0\"", "retcode \"0\"", "$.retcode")],
                    Exchanges = [signIn, sync],
                    Seed = 42,
                },
                Check("QueueClearing", "Clears_queued_events_on_every_sync", CheckStatus.Fail, "SYNC-QUEUE-001") with
                {
                    Message = $"{Payload("message")} (Guid {LeakedGuid})",
                    Findings =
                    [
                        new("SYNC-QUEUE-001", RequirementLevel.Must, false, Payload("finding_expected"),
                            $$"""{{Payload("finding_actual")}} {"password":"{{Password}}"} {{LeakedGuid}}""", Payload("json_path")),
                    ],
                    Exchanges = [lost],
                },
                Check("SchemaConformance", "Success_is_answered_as_json", CheckStatus.Warn, "SYNC-SCHEMA-006") with
                {
                    Findings = [new("SYNC-SCHEMA-006", RequirementLevel.Should, false, "Content-Type application/json", "text/plain", null)],
                },
                Check("SchemaConformance", "Strict_types_of_the_tables", CheckStatus.Skip, "SYNC-SCHEMA-004") with
                {
                    Message = "Not decidable on this target: the compatible profile accepts the published example's types",
                },
                Check("Methods", "Answers_get_with_405", CheckStatus.Error, "SYNC-METHOD-001") with { Message = "suite timeout" },
            ],
        }.Summarised(RequirementCatalogue.Load());
    }

    private static Exchange Record(Redactor redactor, Exchange raw) => raw with
    {
        Url = redactor.Redact(raw.Url),
        RequestHeaders = [.. raw.RequestHeaders.Select(h => h with { Value = redactor.Redact(h.Value) })],
        RequestBody = raw.RequestBody is null ? null : redactor.Redact(raw.RequestBody),
        ResponseHeaders = [.. raw.ResponseHeaders.Select(h => h with { Value = redactor.Redact(h.Value) })],
        ResponseBody = raw.ResponseBody is null ? null : redactor.Redact(raw.ResponseBody),
    };
}
