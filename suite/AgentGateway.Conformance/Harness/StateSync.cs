using AgentGateway.Conformance.Http;

namespace AgentGateway.Conformance.Harness;

/// <summary>The states the suite puts an agent in without a call.</summary>
public enum StateWithoutCall
{
    Idle,
    Busy,
    Rest,
    WrapUp,
}

/// <summary>A successful sync of an agent the suite had put in <paramref name="State"/>, without a call.</summary>
public sealed record StateSync(StateWithoutCall State, GatewayResponse Sync);
