using System.Globalization;
using System.Text;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Reference;

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
            var fault = GatewayFaults.Describe(GatewayFaults.Parse(row.Fault));
            var name = row.Arguments.Count == 0 ? $"`{row.Fault}`" : $"`{row.Fault}` with `{string.Join(' ', row.Arguments)}`";
            var what = row.Note is null ? fault.Description : $"{fault.Description} {row.Note}";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Cell(what)} | {Ids(row.Fails)} | {Ids(row.Warns)} |");
        }

        var proven = matrix.Proven();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{proven.Count} of {catalogue.All.Count} requirements are proven by a fault; the clean runs "
            + $"({string.Join("; ", matrix.CleanRuns.Select(r => r.Name))}) must find nothing.");
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
