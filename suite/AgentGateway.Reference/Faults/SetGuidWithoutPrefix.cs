namespace AgentGateway.Reference.Faults;

internal sealed class SetGuidWithoutPrefix() : Fault(
    GatewayFault.SetGuidWithoutPrefix,
    "set-guid-without-prefix",
    "GuidRotation",
    "Set-GUID carries the bare Guid, without the documented JSESSIONID= prefix, at sign-in and on rotation.")
{
    public override string? SetGuidHeader(string? header, string guid, bool rotated) => header is null ? null : guid;
}
