using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    /// <summary>What the run exercised and what it did not: the enumeration values seen, the requirements not judged, and what no check judges.</summary>
    private static void WriteCoverage(HtmlMarkup html, RunCoverage? coverage, RequirementCatalogue catalogue)
    {
        if (coverage is null)
        {
            return;
        }

        html.Open("section", ("id", "coverage"));
        html.Element("h2", "Coverage: what this run did not see");
        html.Element("p", "A PASS says that what the run saw was right. These tables say what it saw: the documented values each "
            + "enumerated field took in the gateway's successful answers, the requirements it could not judge on this target, and "
            + "what this suite does not check at all.");
        OpenTable(html, "value-coverage", "field", "table", "values seen", "documented values never seen");
        foreach (var field in coverage.Values)
        {
            html.Open("tr", ("data-field", field.Field));
            html.Element("td", field.Field, ("class", "mono"));
            html.Element("td", field.Table);
            var undocumented = field.Undocumented.Count == 0 ? "" : $"; not in the table: {string.Join(", ", field.Undocumented)}";
            html.Element("td", $"{Number(field.Seen.Count)} of {Number(field.Documented)}: {string.Join(", ", field.Seen)}{undocumented}", ("class", "mono"));
            html.Element("td", string.Join(", ", field.NotSeen), ("class", "mono"));
            html.Close("tr");
        }

        html.Close("table");

        var unjudged = coverage.Requirements.Where(r => r.Exercise != Exercise.Judged).ToList();
        html.Element("h3", $"Requirements not judged on this target ({Number(unjudged.Count)} of {Number(coverage.Requirements.Count)})");
        if (unjudged.Count > 0)
        {
            OpenTable(html, "requirement-coverage", "requirement", "", "why");
            foreach (var requirement in unjudged)
            {
                html.Open("tr", ("data-requirement", requirement.Id));
                html.Element("td", requirement.Id, ("class", "mono"));
                html.Element("td", requirement.Exercise switch
                {
                    Exercise.Skipped => "skipped",
                    Exercise.Errored => "error",
                    _ => "not run",
                });
                var text = catalogue.Contains(requirement.Id) ? $"{catalogue.Get(requirement.Id).Text} " : "";
                html.Element("td", $"{text}{requirement.Reason}");
                html.Close("tr");
            }

            html.Close("table");
        }

        html.Element("h3", "What this suite does not check");
        html.Open("ul", ("id", "not-checked"));
        foreach (var topic in coverage.NotChecked)
        {
            html.Open("li");
            html.Text($"{topic.Topic} ");
            html.Element("cite", $"Source: {topic.Source}. ", ("class", "muted"));
            html.Element("span", topic.Reason, ("class", "muted"));
            html.Close("li");
        }

        html.Close("ul");
        html.Close("section");
        html.Line();
    }
}
