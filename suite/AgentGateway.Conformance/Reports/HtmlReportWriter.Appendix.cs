using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Reports;

public static partial class HtmlReportWriter
{
    private static void WriteAppendix(HtmlMarkup html, FaultMatrixData matrix, RequirementCatalogue catalogue)
    {
        html.Open("section", ("id", "appendix"));
        html.Element("h2", "Appendix: detection power (the fault matrix)");
        html.Element("p", "The reference gateway has named fault modes, each a realistic deviation. The project's own tests run the whole "
            + "suite against each one and require that exactly these requirements fail or warn, and nothing else.");
        OpenTable(html, "fault-matrix", "fault (--fault)", "what the gateway does wrong", "caught as FAIL", "caught as WARN");
        foreach (var row in matrix.Faults)
        {
            html.Open("tr", ("data-fault", row.Fault));
            html.Open("td", ("class", "mono"));
            html.Text(row.Fault);
            if (row.Arguments.Count > 0)
            {
                html.Text($" with {string.Join(' ', row.Arguments)}");
            }

            html.Close("td");
            html.Element("td", row.What);
            html.Element("td", string.Join(", ", row.Fails), ("class", "mono"));
            html.Element("td", string.Join(", ", row.Warns), ("class", "mono"));
            html.Close("tr");
        }

        html.Close("table");
        WriteCleanRuns(html, matrix);
        WriteHostileRows(html, matrix);
        html.Element("p", $"{Number(matrix.Proven().Count)} of {Number(catalogue.All.Count)} requirements are proven by a fault, a hostile "
            + "mode or a warning by design.", ("id", "proven"));

        if (matrix.Unproven.Count > 0)
        {
            html.Element("h3", "Not yet proven by any fault");
            html.Open("ul", ("id", "unproven"));
            foreach (var unproven in matrix.Unproven)
            {
                html.Open("li", ("data-requirement", unproven.Requirement));
                html.Element("b", unproven.Requirement, ("class", "mono"));
                var text = catalogue.Contains(unproven.Requirement) ? catalogue.Get(unproven.Requirement).Text : "not in the catalogue";
                html.Text($" {text} ");
                html.Element("span", unproven.Reason, ("class", "muted"));
                html.Close("li");
            }

            html.Close("ul");
        }

        html.Close("section");
        html.Line();
    }

    private static void WriteCleanRuns(HtmlMarkup html, FaultMatrixData matrix)
    {
        html.Element("h3", "Conformant gateways: no FAIL, no ERROR");
        html.Element("p", "Each run differs from the reference gateway as the documents allow; only the warnings listed may appear.");
        OpenTable(html, "clean-runs", "clean run", "options", "warned by design");
        foreach (var run in matrix.CleanRuns)
        {
            html.Open("tr");
            html.Element("td", run.What);
            html.Element("td", string.Join(' ', run.Arguments), ("class", "mono"));
            html.Element("td", string.Join(", ", run.Warns), ("class", "mono"));
            html.Close("tr");
        }

        html.Close("table");
    }

    private static void WriteHostileRows(HtmlMarkup html, FaultMatrixData matrix)
    {
        html.Element("h3", "Hostile gateways: a prompt end, bounded memory, nothing sent elsewhere");
        html.Element("p", "Each hostile mode applies to every sync. The run must end within two request time-outs of the first stall "
            + "plus the other checks, stay under 300 MB resident, send nothing to the redirect target, and fail exactly these requirements.");
        OpenTable(html, "hostile-rows", "hostile mode (--hostile)", "what the gateway does", "caught as FAIL");
        foreach (var row in matrix.Hostile)
        {
            html.Open("tr", ("data-hostile", row.Hostile));
            html.Element("td", row.Hostile, ("class", "mono"));
            html.Element("td", row.What);
            html.Element("td", string.Join(", ", row.Fails), ("class", "mono"));
            html.Close("tr");
        }

        html.Close("table");
    }

    /// <summary>Opens a table with its heading row.</summary>
    private static void OpenTable(HtmlMarkup html, string id, params string[] headings)
    {
        html.Open("table", ("id", id));
        html.HeadingRow(headings);
    }
}
