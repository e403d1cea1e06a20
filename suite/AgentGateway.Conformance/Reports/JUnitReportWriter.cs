using System.Globalization;
using System.Text;
using System.Xml;
using AgentGateway.Conformance.Cli;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// Renders the run as <c>junit.xml</c>, valid against the JUnit schema of Jenkins' xUnit plugin
/// (<c>schemas/third-party/junit-10.xsd</c>). One <c>testcase</c> per check, classname = area, name = the requirement
/// sentence. That schema allows <c>properties</c> only on a <c>testsuite</c>, so each check is a testsuite of its own
/// holding its one testcase; the properties give its requirement IDs with their levels, its status and, for a WARN,
/// the warning, which <c>system-out</c> repeats with the findings and the exchanges. A FAIL that a live waiver of the
/// baseline accepts is written as <c>skipped</c> of type "waived", its message starting "WAIVED FAIL" and its findings
/// in <c>system-out</c>, so that a CI gate reading the file stays green while the failure stays in view. Likewise a
/// check of a repeated run that failed in only some rounds is <c>skipped</c> of type "flaky", "FLAKY FAIL, undecided",
/// with each round's status: the run's exit code, not a failure count, says it was not decided.
/// </summary>
public static class JUnitReportWriter
{
    public const string FileName = "junit.xml";

    /// <summary>The classname of the testcase that stands for a run that could not start checking.</summary>
    public const string SetupClassName = "Setup";

    public static void Write(RunResult run, RequirementCatalogue catalogue, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        Write(run, catalogue, stream);
    }

    public static void Write(RunResult run, RequirementCatalogue catalogue, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(catalogue);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(stream, settings);

        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", $"syncagentinfo conformance: {run.Summary.Wording}");
        var checks = run.Checks.Count + (run.SetupError is null ? 0 : 1);
        xml.WriteAttributeString("tests", Number(checks));
        xml.WriteAttributeString("failures", Number(run.Checks.Count(c => c.Status == CheckStatus.Fail && !run.Summary.IsWaived(c) && Flaky(run, c) is null)));
        xml.WriteAttributeString("errors", Number(run.Summary.Count(CheckStatus.Error) + (run.SetupError is null ? 0 : 1)));
        xml.WriteAttributeString("time", Seconds((run.Finished - run.Started).TotalMilliseconds));

        if (run.SetupError is not null)
        {
            WriteSetupError(xml, run);
        }

        var id = 0;
        foreach (var check in run.Checks)
        {
            WriteCheck(xml, run, check, catalogue, id++);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSetupError(XmlWriter xml, RunResult run)
    {
        StartSuite(xml, run, "The run starts: configuration and preflight", SetupClassName, id: -1, CheckStatus.Error, 0);
        WriteRunProperties(xml, run, []);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", SetupClassName);
        xml.WriteAttributeString("name", "The run starts: configuration and preflight");
        xml.WriteStartElement("error");
        xml.WriteAttributeString("type", "setup");
        xml.WriteAttributeString("message", Clean(run.SetupError!));
        xml.WriteString(Clean(run.SetupError!));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCheck(XmlWriter xml, RunResult run, CheckResult check, RequirementCatalogue catalogue, int id)
    {
        var waived = run.Summary.IsWaived(check);
        var flaky = Flaky(run, check);
        var undecided = check.Status == CheckStatus.Fail && !waived && flaky is not null;
        StartSuite(xml, run, check.Sentence, check.Area, id, waived || undecided ? CheckStatus.Skip : check.Status, check.DurationMilliseconds);
        var requirements = check.RequirementIds.Select(r => catalogue.Contains(r) ? catalogue.Get(r) : null).ToList();
        WriteRunProperties(xml, run, [
            ("status", check.Status.Label()),
            ("fixture", check.Fixture),
            ("seed", Number(check.Seed)),
            .. check.RequirementIds.Select((r, i) => (r, requirements[i]?.Level.ToString().ToUpperInvariant() ?? "UNKNOWN")),
            .. Warnings(check).Select(w => ("warning", w)),
            .. (waived ? [("waived", "a live waiver of the baseline accepts this FAIL")] : Array.Empty<(string, string)>()),
            .. (flaky is null ? Array.Empty<(string, string)>() : [("flaky", RoundsText(flaky))]),
        ]);

        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", check.Area);
        xml.WriteAttributeString("name", Clean(check.Sentence));
        xml.WriteAttributeString("time", Seconds(check.DurationMilliseconds));
        switch (check.Status)
        {
            case CheckStatus.Fail when waived:
                var accepted = check.Findings.Where(f => !f.Held && f.Level == RequirementLevel.Must).Select(f => f.RequirementId).Distinct();
                Outcome(xml, "skipped", "waived", $"WAIVED FAIL of {string.Join(" ", accepted)}: {check.Message ?? ""}", null);
                break;
            case CheckStatus.Fail when undecided:
                Outcome(xml, "skipped", "flaky", $"FLAKY FAIL, undecided: {RoundsText(flaky!)}: {check.Message ?? ""}", null);
                break;
            case CheckStatus.Fail:
                var violated = check.Findings.Where(f => !f.Held && f.Level == RequirementLevel.Must).ToList();
                Outcome(xml, "failure", string.Join(" ", violated.Select(f => f.RequirementId).Distinct()), check.Message ?? "",
                    string.Join("\n", violated.Select(Describe)));
                break;
            case CheckStatus.Error:
                Outcome(xml, "error", "suite", check.Message ?? "", check.Message ?? "");
                break;
            case CheckStatus.Skip:
                Outcome(xml, "skipped", "skip", check.Message ?? "", null);
                break;
        }

        xml.WriteElementString("system-out", Clean(SystemOut(run, check, requirements)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static FlakyCheck? Flaky(RunResult run, CheckResult check) => run.Rounds?.FlakyOf(check);

    private static string RoundsText(FlakyCheck flaky) =>
        $"{string.Join(" ", flaky.Statuses.Select(s => s.Label()))} in {Number(flaky.Statuses.Count)} rounds, round {Number(flaky.ShownRound)} shown";

    private static void StartSuite(XmlWriter xml, RunResult run, string name, string area, int id, CheckStatus status, double milliseconds)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(name));
        xml.WriteAttributeString("package", area);
        xml.WriteAttributeString("id", Number(id + 1));
        xml.WriteAttributeString("tests", "1");
        xml.WriteAttributeString("failures", status == CheckStatus.Fail ? "1" : "0");
        xml.WriteAttributeString("errors", status == CheckStatus.Error ? "1" : "0");
        xml.WriteAttributeString("skipped", status == CheckStatus.Skip ? "1" : "0");
        xml.WriteAttributeString("time", Seconds(milliseconds));
        xml.WriteAttributeString("timestamp", run.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        if (run.Target is { } target && Uri.TryCreate(target.BaseUrl, UriKind.Absolute, out var uri))
        {
            xml.WriteAttributeString("hostname", uri.Host);
        }
    }

    private static void WriteRunProperties(XmlWriter xml, RunResult run, IEnumerable<(string Name, string Value)> own)
    {
        xml.WriteStartElement("properties");
        IEnumerable<(string, string)> common =
        [
            ("target", run.Target?.BaseUrl ?? "none"),
            ("verdict", run.Summary.Wording),
            ("suite.version", run.SuiteVersion),
            ("requirements.version", run.RequirementSetVersion),
            ("profile", run.Profile),
            ("edition", run.Edition),
            ("run.seed", Number(run.Seed)),
        ];
        if (run.SigningKeyFingerprint is { } key)
        {
            common = common.Append(("package.signing-key", key));
        }

        foreach (var (name, value) in own.Concat(common))
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", Clean(name));
            xml.WriteAttributeString("value", Clean(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Outcome(XmlWriter xml, string element, string type, string message, string? text)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("type", Clean(type));
        xml.WriteAttributeString("message", Clean(message));
        if (!string.IsNullOrEmpty(text))
        {
            xml.WriteString(Clean(text));
        }

        xml.WriteEndElement();
    }

    private static IEnumerable<string> Warnings(CheckResult check) =>
        check.Status == CheckStatus.Warn
            ? check.Findings.Where(f => !f.Held && f.Level != RequirementLevel.Must).Select(Describe).DefaultIfEmpty(check.Message ?? "a SHOULD requirement was not met")
            : [];

    private static string SystemOut(RunResult run, CheckResult check, IReadOnlyList<Requirement?> requirements)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{check.Status.Label()}: {check.Sentence}");
        foreach (var requirement in requirements.OfType<Requirement>())
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{requirement.Id} ({requirement.Level.ToString().ToUpperInvariant()}): {requirement.Text} [{requirement.Source}]");
        }

        if (!string.IsNullOrEmpty(check.Message))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{(check.Status == CheckStatus.Warn ? "Warning" : "Message")}: {check.Message}");
        }

        foreach (var finding in check.Findings)
        {
            text.AppendLine(Describe(finding));
        }

        foreach (var note in check.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {note}");
        }

        foreach (var exchange in check.Exchanges)
        {
            var outcome = (exchange.Status, exchange.TransportError) switch
            {
                ({ } status, null) => Number(status),
                (_, { } error) => $"{exchange.Headline} ({error})",
                _ => exchange.Headline,
            };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"#{exchange.Sequence} {exchange.Method} {exchange.Url} -> {outcome} ({exchange.LatencyMilliseconds:0.#} ms): {exchange.Purpose}");
        }

        text.Append(CultureInfo.InvariantCulture, $"Replay: {CommandName.Current} --seed {run.Seed} --only {check.Area}");
        return text.ToString();
    }

    private static string Describe(Finding finding)
    {
        var where = finding.JsonPath is null ? "" : $" at {finding.JsonPath}";
        var verdict = finding.Held ? "held" : "violated";
        return $"{finding.RequirementId} ({finding.Level}) {verdict}{where}: expected {finding.Expected}; actual {finding.Actual}";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every text goes through <see cref="Redactor.RedactUnregistered"/>, as in the HTML report. Text from a gateway may
    /// also hold characters XML 1.0 cannot carry (control characters, lone surrogates); each is shown as U+FFFD so one
    /// odd byte cannot make the whole report unreadable.
    /// </summary>
    internal static string Clean(string text)
    {
        text = Redactor.RedactUnregistered(text);
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length);
            clean.Append('\uFFFD');
        }

        return clean?.ToString() ?? text;
    }
}
