using System.Globalization;
using System.Text;
using AgentGateway.Conformance.FaultMatrix;

namespace AgentGateway.Conformance.Requirements;

/// <summary>Renders what the suite does not check as the Markdown the README shows between its not-checked markers.</summary>
public static class UncheckedTopicsMarkdown
{
    public const string Begin = "<!-- not-checked:begin (generated from schemas/not-checked.json, the catalogue and the fault matrix; AGW_UPDATE_README=1 dotnet test rewrites it) -->";
    public const string End = "<!-- not-checked:end -->";

    public static string Render(IReadOnlyList<UncheckedTopic> topics, RequirementCatalogue catalogue, FaultMatrixData matrix)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder();
        var musts = catalogue.All.Count(r => r.Level == RequirementLevel.Must);
        text.AppendLine(string.Format(
            CultureInfo.InvariantCulture,
            "The suite judges {0} requirements ({1} MUST, {2} SHOULD), {3} of them proven to catch a deviation. These parts of the "
            + "documents it does not judge; every report's coverage section repeats them, beside the values and requirements that run "
            + "did not see.",
            catalogue.All.Count,
            musts,
            catalogue.All.Count - musts,
            matrix.Proven().Count));
        text.AppendLine();
        text.AppendLine("| not checked | where the documents say it | why |");
        text.AppendLine("|---|---|---|");
        foreach (var topic in topics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(topic.Topic)} | {Cell(topic.Source)} | {Cell(topic.Reason)} |");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
