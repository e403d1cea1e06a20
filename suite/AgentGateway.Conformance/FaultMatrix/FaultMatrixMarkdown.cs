using System.Globalization;
using System.Text;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.FaultMatrix;

/// <summary>Renders the fault matrix as the Markdown the README shows between its fault-matrix markers.</summary>
public static class FaultMatrixMarkdown
{
    public const string Begin = "<!-- fault-matrix:begin (generated from fixtures/fault-matrix.json; AGW_UPDATE_README=1 dotnet test rewrites it) -->";
    public const string End = "<!-- fault-matrix:end -->";

    public static string Render(FaultMatrixData matrix, RequirementCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(catalogue);
        var text = new StringBuilder();
        text.AppendLine("| fault (`--fault`) | what the gateway does wrong | caught as FAIL | caught as WARN |");
        text.AppendLine("|---|---|---|---|");
        foreach (var row in matrix.Faults)
        {
            var name = row.Arguments.Count == 0 ? $"`{row.Fault}`" : $"`{row.Fault}` with `{string.Join(' ', row.Arguments)}`";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Cell(row.What)} | {Ids(row.Fails)} | {Ids(row.Warns)} |");
        }

        text.AppendLine();
        text.AppendLine("Conformant gateways, differing from the reference as the documents allow: no FAIL, no ERROR, and only the warnings listed.");
        text.AppendLine();
        text.AppendLine("| clean run | options | warned by design |");
        text.AppendLine("|---|---|---|");
        foreach (var run in matrix.CleanRuns)
        {
            var options = run.Arguments.Count == 0 ? "" : $"`{string.Join(' ', run.Arguments)}`";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(run.What)} | {options} | {Ids(run.Warns)} |");
        }

        text.AppendLine();
        text.AppendLine("Hostile gateways (`--hostile`, on every sync): the run ends within two request time-outs of the first stall plus the "
            + "other checks, stays under 300 MB resident, sends nothing to the redirect target, ends NOT CONFORMANT or INCOMPLETE with no "
            + "suite error, and exactly these requirements fail.");
        text.AppendLine();
        text.AppendLine("| hostile mode (`--hostile`) | what the gateway does | caught as FAIL |");
        text.AppendLine("|---|---|---|");
        foreach (var row in matrix.Hostile)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{row.Hostile}` | {Cell(row.What)} | {Ids(row.Fails)} |");
        }

        var proven = matrix.Proven();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{proven.Count} of {catalogue.All.Count} requirements are proven by a fault, a hostile mode or a warning by design.");
        if (matrix.Unproven.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Not yet proven by any fault:");
            text.AppendLine();
            foreach (var unproven in matrix.Unproven)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {unproven.Requirement} ({catalogue.Get(unproven.Requirement).Text.TrimEnd('.')}): {unproven.Reason}");
            }
        }

        return text.ToString();
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "" : string.Join(", ", ids);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
