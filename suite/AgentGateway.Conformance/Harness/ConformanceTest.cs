using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using Bogus;
using NUnit.Framework;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Base of every conformance fixture: takes the run's <see cref="RunContext"/>, leases each check's agents when the check
/// starts and returns them when it ends, gives each check a recording client and a data generator seeded for that check,
/// signs its agents out afterwards, and turns the check's findings into a <see cref="CheckResult"/> in the run's results.
/// Every check has a fixture object of its own (the assembly's <c>FixtureLifeCycle</c>), so checks of one fixture run
/// side by side as the agent pool allows, and nothing one check does reaches another.
/// </summary>
public abstract partial class ConformanceTest
{
    private static readonly TimeSpan LeaseWait = TimeSpan.FromMinutes(5);

    private readonly List<AgentSession> _sessions = [];
    private readonly List<AgentSession> _inCalls = [];
    private readonly List<Finding> _findings = [];
    private readonly List<string> _notes = [];
#pragma warning disable NUnit1032 // The run owns its context and disposes it when the run ends; a fixture only borrows it.
    private RunContext? _run;
#pragma warning restore NUnit1032
    private AgentLease? _lease;
    private string? _skipReason;
    private CheckOutcome? _outcome;
    private long _startedAt;
    private DateTimeOffset _started;
    private int _lastMarker;
    private ExchangeLog _log = new();

    /// <summary>How many distinct agents each check of this fixture signs in.</summary>
    protected virtual int AgentsNeeded => 1;

    /// <summary>The work numbers of the agents each check must have, in order; null when any free agents do.</summary>
    protected virtual IReadOnlyList<string>? AgentIdsNeeded => null;

    /// <summary>Why no check of the fixture can run on this target at all (e.g. calls are off); null when they can.</summary>
    protected virtual string? ReasonNotToRun => null;

    /// <summary>The run this fixture's checks belong to.</summary>
    protected RunContext Run => _run ?? throw new SuiteException("The fixture runs outside a suite run: it has no run context.");

    protected GatewayTarget Target => Run.Target;
    protected SuiteSettings Settings => Run.Settings;
    protected TimeProvider Time => Run.Time;

    /// <summary>Generated test data, seeded per check from the run's seed, so a failure replays whatever ran beside it.</summary>
    protected Faker Faker { get; private set; } = new();

    /// <summary>The seed of this check's generated data: the run's seed and the check's fixture and name.</summary>
    protected int CheckSeed { get; private set; }

    protected GatewayClient Client { get; private set; } = null!;

    protected IReadOnlyList<AgentCredentials> LeasedAgents => _lease?.Agents ?? [];

    /// <summary>
    /// Starts a check: its seed and client, then its agents, leased from the pool for this check alone (waiting while other
    /// checks hold them). A check that will not run (an opt-in group not included, the run interrupted, no check of the
    /// fixture can run here) leases none.
    /// </summary>
    [SetUp]
    public async Task StartCheckAsync()
    {
        _run = RunContext.Of(NUnit.Framework.Internal.TestExecutionContext.CurrentContext.CurrentTest);
        var check = TestContext.CurrentContext.Test;
        CheckSeed = unchecked(Settings.Seed + StableHash($"{GetType().FullName}.{check.Name}"));
        Faker = new Faker { Random = new Randomizer(CheckSeed) };
        _log = new ExchangeLog();
        Client = Target.NewClient(_log);
        Client.Inspect = JudgeTransport;
        Client.Interruption = Run.Interruption;
        _skipReason = ReasonNotToRun;
        if (_skipReason is null && StopBeforeStart is null)
        {
            await LeaseAgentsAsync();
        }

        _startedAt = Time.GetTimestamp();
        _started = Time.GetUtcNow();
    }

    private async Task LeaseAgentsAsync()
    {
        var ids = AgentIdsNeeded;
        _lease = ids is null
            ? await Target.Agents.TryLeaseAsync(AgentsNeeded, LeaseWait, Time, Run.Interruption)
            : await Target.Agents.TryLeaseAsync(ids, LeaseWait, Time, Run.Interruption);
        // A lease the run's interruption cut short needs no reason of its own: the check ends as interrupted.
        if (_lease is null && Run.Interruption.IsCancellationRequested)
        {
            return;
        }

        if (_lease is null && ids is not null)
        {
            _skipReason = $"needs agents {string.Join(" and ", ids)}, which did not come free within {LeaseWait.TotalMinutes} minutes";
        }
        else if (_lease is null)
        {
            _skipReason = Target.Agents.Size < AgentsNeeded
                ? $"needs {AgentsNeeded} agents, the configuration gives {Target.Agents.Size}"
                : $"no {AgentsNeeded} agents came free within {LeaseWait.TotalMinutes} minutes";
        }
    }

    /// <summary>What keeps the check from starting at all (an opt-in group not included, too few agents); null when it may run.</summary>
    internal Exception? StopBeforeStart =>
        OptInGroup(TestContext.CurrentContext) is { } group && !Settings.Includes(group) ? new NotIncludedException(group)
        : Run.InterruptedBy is { } interruption ? new RunInterruptedException(interruption)
        : _skipReason is null ? null
        : new UndecidableException($"{_skipReason}.");

    /// <summary>
    /// Decides how the check ended, from its findings and from what stopped it (null: it ran to its end). A request or a
    /// wait the run's interruption cut short stops the check as interrupted, whatever threw it.
    /// </summary>
    internal CheckOutcome Conclude(Exception? stop)
    {
        if (stop is RunInterruptedException or OperationCanceledException && Run.InterruptedBy is { } interruption)
        {
            stop = new RunInterruptedException(interruption);
        }

        return _outcome = CheckOutcome.Decide(_findings, stop, f => Describe(f.RequirementId, f.Expected, f.Actual, f.JsonPath));
    }

    /// <summary>The run's interruption, for a check's own waits: see <see cref="RunContext.Interruption"/>.</summary>
    protected CancellationToken Interruption => Run.Interruption;

    [TearDown]
    public async Task FinishCheckAsync()
    {
        // The result is taken before the agents sign out, so a failing sign-out cannot lose the check's outcome. The
        // releases and sign-outs go out even when the run was interrupted: that is when they matter most.
        Client.Inspect = null;
        Client.Interruption = CancellationToken.None;
        var outcome = _outcome ?? CheckOutcome.Decide(
            [], new SuiteException($"{TestContext.CurrentContext.Test.Name} names no requirement: a check carries [Requirement]."), _ => "");
        var result = Result(TestContext.CurrentContext, outcome, _log.Exchanges);
        try
        {
            await ReleaseCallsAsync();
            foreach (var session in _sessions)
            {
                try
                {
                    await session.SignOutAsync();
                }
                catch (TargetUnresponsiveException)
                {
                    // The gateway stopped answering: there is nobody left to sign out from.
                }
            }

            if (result.Exchanges.Count > 0)
            {
                var first = result.Exchanges[0];
                Target.Observe(new GatewayResponse(first, first.Status, first.ResponseHeaders, "", null));
            }
        }
        finally
        {
            _lease?.Dispose();
            Run.Results.Add(result);
        }
    }

    /// <summary>Signs in the fixture's agent at <paramref name="index"/>; it is signed out after the check.</summary>
    protected async Task<AgentSession> SignInAsync(int index = 0)
    {
        var session = await AgentSession.SignInAsync(Client, Settings, LeasedAgents[index], Target.ObserveGuidRotation);
        _sessions.Add(session);
        return session;
    }

    /// <summary>
    /// Marks <paramref name="agent"/> as party to a call the check started: after the check, however it ended (a FAIL,
    /// an exception, the run interrupted), the agent releases its call before it signs out, so no call outlives its check.
    /// </summary>
    protected void ReleaseAfterCheck(AgentSession agent)
    {
        if (!_inCalls.Contains(agent))
        {
            _inCalls.Add(agent);
        }
    }

    // A release of a call that already ended is refused (200-017) and harmless; what matters is that none is left.
    private async Task ReleaseCallsAsync()
    {
        foreach (var agent in _inCalls.Where(a => !a.SignedOut))
        {
            try
            {
                await agent.ReleaseAsync("release any call the check left (teardown)");
            }
            catch (TargetUnresponsiveException)
            {
                // The gateway stopped answering: no call can be released there.
            }
        }
    }

    /// <summary>Records what the check saw beyond its findings, for a reader to weigh its outcome.</summary>
    protected void Note(string text) => _notes.Add(text);

    /// <summary>
    /// A busy reason code (200..250) for recognisable marker events, distinct from the others of the check: the first is
    /// drawn from the fixture's seed, each later one follows <paramref name="previous"/> or the last one handed out.
    /// </summary>
    protected int NextMarkerReason(int previous = 0)
    {
        var last = previous is >= 200 and < 250 ? previous : _lastMarker;
        _lastMarker = last is >= 200 and < 250 ? last + 1 : Faker.Random.Int(200, 240);
        return _lastMarker;
    }

    private CheckResult Result(TestContext context, CheckOutcome outcome, IReadOnlyList<Exchange> exchanges)
    {
        var ids = NamedRequirements(context);
        ids.AddRange(_findings.Select(f => f.RequirementId).Where(id => !ids.Contains(id)).Distinct());
        var (status, message) = (outcome.Status, outcome.Message);
        // Messages and findings may quote what the gateway sent: they pass the same redaction as the exchanges.
        var redactor = Target.Redactor;
        return new CheckResult
        {
            Area = AreaOf(ids),
            Fixture = GetType().Name,
            Name = context.Test.Name,
            RequirementIds = ids,
            Status = status,
            Message = message is null ? null : redactor.Redact(message),
            Findings = [.. _findings.Select(f => f with { Expected = redactor.Redact(f.Expected), Actual = redactor.Redact(f.Actual) })],
            Notes = [.. _notes.Select(redactor.Redact)],
            Exchanges = exchanges,
            Seed = CheckSeed,
            OptInGroup = OptInGroup(context),
            DurationMilliseconds = Math.Round(Time.GetElapsedTime(_startedAt).TotalMilliseconds, 1),
            Started = _started,
            Agents = [.. LeasedAgents.Select(a => a.Id)],
        };
    }

    /// <summary>The opt-in group of the running check (<see cref="OptInAttribute"/>); null for a check every run makes.</summary>
    private static string? OptInGroup(TestContext context) =>
        context.Test.Method?.GetCustomAttributes<OptInAttribute>(true).FirstOrDefault()?.Group;

    private string AreaOf(List<string> ids) => ids.Count == 0 ? "Unassigned" : Run.Catalogue.Get(ids[0]).Area;

    private static int StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return (int)(hash & 0x7FFF_FFFF);
    }
}
