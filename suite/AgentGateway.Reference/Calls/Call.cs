using AgentGateway.Reference.Agents;

namespace AgentGateway.Reference.Calls;

/// <summary>The call types of Table 6 that the gateway's calls have.</summary>
internal static class CallTypes
{
    /// <summary>A call from a far-end number to an agent ("common inbound call").</summary>
    public const int Inbound = 0;

    /// <summary>A call between two agents (callinner).</summary>
    public const int Internal = 6;

    /// <summary>A call from an agent to a far-end number (callout, "common call").</summary>
    public const int Outbound = 7;
}

/// <summary>
/// One two-party call: its callid, its Table 6 type, its calling and called numbers, the agent that placed it (none for
/// an inbound call), the agent called (none when a far-end number is called), and whether it has connected. Used under
/// <see cref="CallDesk.Gate"/>.
/// </summary>
internal sealed class Call
{
    public required string Id { get; init; }

    public required int Feature { get; init; }

    public required string CallerNo { get; init; }

    public required string CalledNo { get; init; }

    /// <summary>The callappdata sent with the call; "" when none.</summary>
    public string CallData { get; init; } = "";

    public int SkillId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The leg of the agent that placed the call; null for an inbound call.</summary>
    public CallLeg? Origin { get; set; }

    /// <summary>The leg of the agent called; null while none is, or when the call goes to a far-end number.</summary>
    public CallLeg? Target { get; set; }

    /// <summary>Whether the called party answered, so that both parties talk (or talked) to each other.</summary>
    public bool Connected { get; set; }

    public bool Ended { get; set; }

    /// <summary>The timer that fails the call if it is not answered in time; null once it is answered or ended.</summary>
    public ITimer? RingTimer { get; set; }

    public IEnumerable<CallLeg> Legs => new[] { Origin, Target }.OfType<CallLeg>();

    /// <summary>The agent leg on the other side of <paramref name="leg"/>; null when that side is a far-end number.</summary>
    public CallLeg? Other(CallLeg leg) => ReferenceEquals(leg, Origin) ? Target : Origin;

    /// <summary>The number of the party that <paramref name="leg"/> talks to.</summary>
    public string PartnerOf(CallLeg leg) => ReferenceEquals(leg, Origin) ? CalledNo : CallerNo;
}

/// <summary>Where an agent's part in a call stands.</summary>
internal enum CallPhase
{
    /// <summary>The agent placed the call; the other party has not answered.</summary>
    Dialling,

    /// <summary>The call is offered to the agent, which has not answered (manual answer).</summary>
    Ringing,

    Talking,

    Held,
}

/// <summary>
/// One agent's part in a call: its phase, its current command (Table 7) and when that was given, when it started
/// talking and when it put the call on hold. Used under <see cref="CallDesk.Gate"/>.
/// </summary>
internal sealed class CallLeg(SignedInAgent agent, Call call, CallPhase phase)
{
    public SignedInAgent Agent { get; } = agent;

    public Call Call { get; } = call;

    public CallPhase Phase { get; set; } = phase;

    /// <summary>The current command, a Table 7 value (0 none).</summary>
    public int Command { get; private set; }

    public DateTimeOffset? CommandSince { get; private set; }

    public DateTimeOffset? TalkingSince { get; set; }

    public DateTimeOffset? HeldSince { get; set; }

    public void Give(int command, DateTimeOffset now)
    {
        Command = command;
        CommandSince = now;
    }
}

/// <summary>The Table 7 commands that the gateway's calls give.</summary>
internal static class CallCommands
{
    /// <summary>"The agent hooks on a call": read as the agent picking up, the command of an answered call (INFERRED).</summary>
    public const int PickUp = 1;

    /// <summary>"First outbound call": the command of the agent that placed the call (INFERRED).</summary>
    public const int FirstOutboundCall = 4;

    public const int Hold = 6;

    public const int Unhold = 7;
}
