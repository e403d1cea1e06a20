using System.Collections.Concurrent;
using AgentGateway.Reference.Calls;
using AgentGateway.Reference.Variations;

namespace AgentGateway.Reference.Agents;

/// <summary>Who issued a Guid: the agent and which of its sessions.</summary>
internal sealed record GuidOwner(string AgentId, int SessionNumber);

/// <summary>
/// All agents the gateway knows, their sessions, every Guid it has issued and the calls between them. Sessions idle for
/// longer than the session timeout end lazily when the agent is next looked at, and a <see cref="TimeProvider"/> timer
/// sweeps the rest, so a fake clock drives both. A session that ends releases its call.
/// </summary>
internal sealed class AgentRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, AgentSlot> _slots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GuidOwner> _issued = new(StringComparer.Ordinal);
    private readonly GatewaySettings _settings;
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;

    public AgentRegistry(GatewaySettings settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        var period = TimeSpan.FromTicks(
            Math.Clamp(settings.SessionTimeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 50, TimeSpan.TicksPerSecond * 5));
        _sweep = time.CreateTimer(_ => Sweep(), null, period, period);
        Calls = new CallDesk(settings, time, Peek);
    }

    /// <summary>The calls between agents and to far-end numbers.</summary>
    public CallDesk Calls { get; }

    public IEnumerable<AgentSlot> Slots => _slots.Values;

    public AgentSlot Slot(string agentId) => _slots.GetOrAdd(agentId, id => new AgentSlot(id));

    public GuidOwner? OwnerOf(string guid) => _issued.GetValueOrDefault(guid);

    /// <summary>How many Guids the registry remembers.</summary>
    public int IssuedCount => _issued.Count;

    /// <summary>The slot's live session after ending it if it has been idle too long. Call under the slot's lock.</summary>
    public SignedInAgent? Current(AgentSlot slot)
    {
        if (slot.Session is { OpenPolls: 0 } session
            && _settings.Faults.EndsIdleSession(session, _time.GetUtcNow() - session.LastRequestAt >= _settings.SessionTimeout))
        {
            EndSession(slot);
        }

        return slot.Session;
    }

    /// <summary>Starts a new session (ending any current one) and queues the sign-in events. Call under the slot's lock.</summary>
    public SignedInAgent StartSession(AgentSlot slot, AgentState initial, string phoneNumber, CallPreferences preferences)
    {
        EndSession(slot);
        var now = _time.GetUtcNow();
        slot.SessionsStarted++;
        var guid = Issue(slot.AgentId, slot.SessionsStarted);
        var events = DelayedEventQueue.For(_settings, _time);
        var session = new SignedInAgent(slot.AgentId, slot.SessionsStarted, guid, initial, phoneNumber, now, events)
        {
            Preferences = preferences,
        };
        foreach (var signInEvent in StateMachine.SignInEvents(initial, now))
        {
            session.Events.Enqueue(signInEvent);
        }

        slot.Session = session;
        return session;
    }

    /// <summary>Ends the slot's session, if any, dropping its queue and releasing its call. Call under the slot's lock.</summary>
    public void EndSession(AgentSlot slot)
    {
        if (slot.Session is { } session)
        {
            Calls.End(session);
        }

        slot.Session = null;
    }

    /// <summary>
    /// AUTHMODE 2: replaces the session's Guid when it is <see cref="GatewaySettings.GuidInterval"/> old and returns the new
    /// one for the caller to send in Set-GUID; null when nothing changed. Call under the slot's lock.
    /// </summary>
    public string? RotateIfDue(SignedInAgent session)
    {
        var now = _time.GetUtcNow();
        if (_settings.AuthMode != 2 || session.Ended || now - session.GuidIssuedAt < _settings.GuidInterval)
        {
            return null;
        }

        foreach (var expired in session.Rotate(Issue(session.AgentId, session.Number), _settings.GuidTimeout, now))
        {
            _issued.TryRemove(expired, out _);
        }

        return session.CurrentGuid;
    }

    public void Dispose()
    {
        _sweep.Dispose();
        Calls.Dispose();
    }

    internal void Sweep()
    {
        foreach (var slot in _slots.Values)
        {
            lock (slot.Gate)
            {
                Current(slot);
            }
        }
    }

    /// <summary>
    /// The agent's session as last set, without its slot's lock and without creating a slot: for the call desk, which
    /// must not take a slot's lock under its own and sees a session end under its lock.
    /// </summary>
    private SignedInAgent? Peek(string agentId) => _slots.TryGetValue(agentId, out var slot) ? slot.Session : null;

    private string Issue(string agentId, int sessionNumber)
    {
        var guid = _settings.NewGuid();
        _issued[guid] = new GuidOwner(agentId, sessionNumber);
        return guid;
    }
}
