namespace AgentGateway.Reference.Tests.Faults;

/// <summary>
/// Marks a test that switches <see cref="Fault"/> on and shows the deviation it describes, beside the conformant
/// behaviour it replaces. A coverage test requires one for every entry of <see cref="GatewayFaults.All"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class FaultTestAttribute(GatewayFault fault) : Attribute
{
    public GatewayFault Fault { get; } = fault;
}
