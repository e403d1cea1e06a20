using System.Text.RegularExpressions;

namespace AgentGateway.Conformance.Checks.RetcodeSemantics;

/// <summary>The CC-Gateway error result codes the documents list (agent-gateway-reference.md §6.1).</summary>
internal static partial class ErrorCodes
{
    private static readonly HashSet<string> Listed =
    [
        "000-001", "000-002", "000-003", "000-004", "000-005", "000-006", "000-007",
        "100-001", "100-002", "100-003", "100-004", "100-005", "100-006", "100-007", "100-008", "100-009", "100-010",
        "100-011", "100-012", "100-013", "100-014", "100-015", "100-016", "100-017", "100-018", "100-019", "100-020",
        "100-021", "110-016",
    ];

    public static bool HasDocumentedForm(string? retcode) => retcode is not null && Form().IsMatch(retcode);

    /// <summary>A listed code, or one of the documented numbered families (101-, 104-, 105-, 106-).</summary>
    public static bool IsDocumented(string? retcode) =>
        retcode is not null && (Listed.Contains(retcode) || Family().IsMatch(retcode));

    [GeneratedRegex(@"^\d{3}-\d{3}$")]
    private static partial Regex Form();

    [GeneratedRegex(@"^(101-00[1-7]|104-0(0[1-9]|1[0-2])|105-00[1-7]|106-\d{3})$")]
    private static partial Regex Family();
}
