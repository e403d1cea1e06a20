using AgentGateway.Reference.Calls;

namespace AgentGateway.Reference.Agents;

/// <summary>
/// One sign-in of one agent: its Guids, its state, its call and its event queue. The Guid and request members are used
/// under the owning <see cref="AgentSlot"/>'s lock. The state, the call and the call preferences are read and changed
/// under the gateway's <see cref="CallDesk.Gate"/>, because a call changes two agents at once; <see cref="Events"/> is
/// thread-safe on its own.
/// </summary>
internal sealed class SignedInAgent
{
    private readonly List<(string Guid, DateTimeOffset ExpiresAt)> _superseded = [];

    public SignedInAgent(
        string agentId, int number, string guid, AgentState state, string phoneNumber, DateTimeOffset now, EventQueue? events = null)
    {
        Events = events ?? new EventQueue();
        AgentId = agentId;
        Number = number;
        CurrentGuid = guid;
        GuidIssuedAt = now;
        State = state;
        StateBeganAt = now;
        PhoneNumber = phoneNumber;
        LoginTime = now;
        LastRequestAt = now;
    }

    public string AgentId { get; }

    /// <summary>Counts the sign-ins of this agent ID, so an earlier session's Guid can be told apart.</summary>
    public int Number { get; }

    public string CurrentGuid { get; private set; }

    public DateTimeOffset GuidIssuedAt { get; private set; }

    public AgentState State { get; private set; }

    public int LastState { get; private set; } = AgentStates.NoPreviousState;

    public DateTimeOffset StateBeganAt { get; private set; }

    /// <summary>Counts the state changes, so that a timer can tell whether the state it was set for still holds.</summary>
    public int Transitions { get; private set; }

    public CallPreferences Preferences { get; set; } = CallPreferences.Default;

    /// <summary>The agent's part in its call; null when it has none.</summary>
    public CallLeg? Call { get; set; }

    public string PhoneNumber { get; }

    public DateTimeOffset LoginTime { get; }

    public DateTimeOffset LastRequestAt { get; set; }

    /// <summary>Polls open right now; an agent holding a poll open is not idle.</summary>
    public int OpenPolls { get; set; }

    public EventQueue Events { get; }

    public bool Ended { get; private set; }

    public bool Accepts(string guid, DateTimeOffset now)
    {
        if (string.Equals(guid, CurrentGuid, StringComparison.Ordinal))
        {
            return true;
        }

        return _superseded.Exists(old => string.Equals(old.Guid, guid, StringComparison.Ordinal) && now < old.ExpiresAt);
    }

    /// <summary>
    /// Replaces the current Guid; the old one stays accepted until <paramref name="oldValidFor"/> from now. Returns the
    /// superseded Guids that have expired, which nothing accepts any more.
    /// </summary>
    public IReadOnlyList<string> Rotate(string newGuid, TimeSpan oldValidFor, DateTimeOffset now)
    {
        var expired = _superseded.Where(old => now >= old.ExpiresAt).Select(old => old.Guid).ToList();
        _superseded.RemoveAll(old => now >= old.ExpiresAt);
        _superseded.Add((CurrentGuid, now + oldValidFor));
        CurrentGuid = newGuid;
        GuidIssuedAt = now;
        return expired;
    }

    public void MoveTo(AgentState next, DateTimeOffset now)
    {
        LastState = (int)State;
        State = next;
        StateBeganAt = now;
        Transitions++;
    }

    public void End()
    {
        Ended = true;
        Events.Close();
    }
}
