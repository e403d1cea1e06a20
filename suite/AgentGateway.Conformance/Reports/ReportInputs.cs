using AgentGateway.Conformance.FaultMatrix;
using AgentGateway.Conformance.Requirements;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// What the reports show beside the run itself: the requirement catalogue the checks name, and the fault matrix of the
/// HTML appendix. The caller loads them once; the renderers are functions of the run and these, and read no file.
/// </summary>
public sealed record ReportInputs(RequirementCatalogue Catalogue, FaultMatrixData FaultMatrix)
{
    /// <summary>The catalogue and the fault matrix shipped beside the suite.</summary>
    public static ReportInputs Load() => new(RequirementCatalogue.Load(), FaultMatrixData.Load());
}
