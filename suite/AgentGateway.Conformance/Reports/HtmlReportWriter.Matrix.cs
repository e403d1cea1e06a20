using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    private static readonly (CheckStatus Status, string Meaning)[] Legend =
    [
        (CheckStatus.Pass, "every requirement the check verifies held"),
        (CheckStatus.Fail, "a MUST requirement was violated: the gateway is not conformant"),
        (CheckStatus.Warn, "a SHOULD requirement was violated; it does not fail certification"),
        (CheckStatus.Skip, "the check cannot be decided on this target; the message says why"),
        (CheckStatus.Error, "something went wrong on the suite's side; says nothing about the gateway"),
    ];

    private static void WriteMatrix(HtmlMarkup html, RunResult run, RequirementCatalogue catalogue)
    {
        html.Open("section", ("id", "matrix"));
        html.Element("h2", "Requirement matrix");
        html.Open("ul", ("class", "legend"));
        foreach (var (status, meaning) in Legend)
        {
            html.Open("li");
            Badge(html, status);
            html.Text($" {meaning}");
            html.Close("li");
        }

        html.Close("ul");
        WriteFilters(html);

        var areas = AreasOf(run, catalogue);
        html.Open("table", ("class", "summary"), ("id", "counts"));
        html.HeadingRow(["area", .. Statuses.Select(s => s.Label())]);
        foreach (var (name, title) in areas)
        {
            CountRow(name, title, run.Checks.Where(c => c.Area == name).ToList());
        }

        CountRow("total", "all areas", run.Checks);
        html.Close("table");

        var index = run.Checks.Select((check, i) => (check, i))
            .ToDictionary<(CheckResult check, int i), CheckResult, int>(p => p.check, p => p.i, ReferenceEqualityComparer.Instance);
        WriteAttention(html, run, index);
        foreach (var (name, title) in areas)
        {
            WriteArea(html, run, catalogue, name, title, index);
        }

        html.Close("section");
        html.Line();

        void CountRow(string name, string title, IReadOnlyList<CheckResult> checks)
        {
            html.Open("tr", ("data-area", name));
            html.Open("td");
            html.Open("a", ("href", name == "total" ? "#checks" : $"#area-{name}"));
            html.Text(title);
            html.Close("a");
            html.Close("td");
            foreach (var status in Statuses)
            {
                html.Element("td", Number(checks.Count(c => c.Status == status)), ("class", "n"), ("data-count", Css(status)));
            }

            html.Close("tr");
        }
    }

    private static void WriteFilters(HtmlMarkup html)
    {
        // Shown by the script only: without it every row stays visible and a dead control would mislead.
        html.Open("fieldset", ("id", "filters"), ("class", "filters"), ("hidden", ""));
        html.Element("legend", "Show checks and requirements with status");
        foreach (var status in Statuses)
        {
            html.Open("label");
            html.Open("input", ("type", "checkbox"), ("checked", ""), ("data-filter", Css(status)), ("id", $"filter-{Css(status)}"));
            html.Text($" {status.Label()}");
            html.Close("label");
        }

        html.Close("fieldset");
    }

    private static List<(string Name, string Title)> AreasOf(RunResult run, RequirementCatalogue catalogue)
    {
        var areas = catalogue.Areas.Select(a => (a.Name, a.Title)).ToList();
        areas.AddRange(run.Checks.Select(c => c.Area).Distinct(StringComparer.Ordinal)
            .Where(name => areas.All(a => a.Name != name)).Order(StringComparer.Ordinal).Select(name => (name, name)));
        return areas;
    }

    private static void WriteArea(
        HtmlMarkup html, RunResult run, RequirementCatalogue catalogue, string name, string title, Dictionary<CheckResult, int> index)
    {
        var checks = run.Checks.Where(c => c.Area == name).ToList();
        html.Open("section", ("class", "area"), ("id", $"area-{name}"));
        html.Element("h3", $"{title} ({name}): {Number(checks.Count)} checks");
        if (checks.Count == 0)
        {
            var why = run.OnlyAreas.Count > 0 ? "Not run: a partial run (--only) left this area out." : "No check of this area ran.";
            html.Element("p", why, ("class", "muted"));
        }

        var requirements = catalogue.All.Where(r => r.Area == name).ToList();
        if (requirements.Count > 0)
        {
            html.Open("table", ("class", "requirements"));
            html.HeadingRow("status", "requirement", "level", "text", "checks");
            foreach (var requirement in requirements)
            {
                var naming = run.Checks.Where(c => c.RequirementIds.Contains(requirement.Id, StringComparer.Ordinal)).ToList();
                var status = run.Summary.Requirements.GetValueOrDefault(requirement.Id);
                html.Open("tr", ("data-status", status is { } s ? Css(s) : null), ("id", $"req-{requirement.Id}"));
                html.Open("td");
                Badge(html, status);
                html.Close("td");
                html.Element("td", requirement.Id, ("class", "mono"));
                html.Element("td", requirement.Level.ToString().ToUpperInvariant());
                html.Element("td", requirement.Text);
                html.Open("td");
                foreach (var check in naming)
                {
                    html.Open("a", ("href", $"#check-{Number(index[check])}"), ("title", check.Name));
                    html.Text(check.Status.Label());
                    html.Close("a");
                    html.Text(" ");
                }

                html.Close("td");
                html.Close("tr");
            }

            html.Close("table");
        }

        foreach (var check in checks)
        {
            WriteCheck(html, run, check, index[check], catalogue);
        }

        html.Close("section");
        html.Line();
    }
}
