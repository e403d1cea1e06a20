namespace AgentGateway.Reference.Faults;

internal sealed class SetGuidNotSent() : Fault(
    GatewayFault.SetGuidNotSent,
    "set-guid-not-sent",
    "GuidRotation",
    "AUTHMODE 2 rotates the Guid but never sends the new one, so the old Guid expires after GuidTimeout.")
{
    public override string? SetGuidHeader(string? header, string guid, bool rotated) => rotated ? null : header;
}
