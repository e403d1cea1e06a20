using AgentGateway.Conformance.Comparison;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Tests.Comparison;

/// <summary>
/// The conformant run compared with the faulty run, edited as a hostile gateway or a forged results.json would have it:
/// script payloads, pipes, backticks and line breaks in a Server header, a field name, a field's value, a purpose and a
/// check's name, each of which reaches comparison.html and comparison.md.
/// </summary>
internal static class HostileComparison
{
    public const string Pwned = "window.__agwPwned=1";

    /// <summary>A field the run after adds, named with a script, a pipe and a line break.</summary>
    public const string FieldName = "x|<script>/*field*/" + Pwned + "</script>\ny";

    public static readonly (string Where, string Payload)[] Payloads =
    [
        ("server header", $"<script>/*server*/{Pwned}</script>"),
        ("message value", $"a|b `<img src=x onerror=\"/*value*/{Pwned}\">`"),
        ("purpose", $"sync while idle|<svg onload=\"/*purpose*/{Pwned}\">"),
        ("check name", $"Refuses_<script>/*check*/{Pwned}</script>|x"),
    ];

    public static string Payload(string where) => Payloads.Single(p => p.Where == where).Payload;

    public static RunComparison Of(ComparedRuns runs)
    {
        var after = ComparedRuns.Edited(runs.Faulty, e => e.Purpose switch
        {
            "sync while busy" => e with
            {
                ResponseBody = ComparedRuns.EditedJson(e.ResponseBody, json =>
                {
                    json["message"] = Payload("message value");
                    json[FieldName] = "y";
                }),
            },
            "sync while idle" => e with { Purpose = Payload("purpose") },
            _ => e,
        });
        after = after with
        {
            Target = after.Target! with { ServerHeader = Payload("server header") },
            Checks = [.. after.Checks.Select((c, i) => i == 0 ? c with { Name = Payload("check name") } : c)],
        };
        return ComparedRuns.Compare(runs.Conformant, after);
    }
}
