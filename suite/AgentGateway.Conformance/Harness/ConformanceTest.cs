using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Results;
using AgentGateway.Conformance.Target;
using Bogus;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Base of every conformance fixture: leases the fixture's agents, gives each check a recording client and a seeded
/// data generator, signs its agents out afterwards, and turns the check's findings into a <see cref="CheckResult"/>.
/// </summary>
public abstract partial class ConformanceTest
{
    private static readonly TimeSpan LeaseWait = TimeSpan.FromMinutes(5);

    private readonly List<AgentSession> _sessions = [];
    private readonly List<Finding> _findings = [];
    private AgentLease? _lease;
    private string? _skipReason;
    private long _startedAt;
    private int _lastMarker;
    private ExchangeLog _log = new();

    /// <summary>How many distinct agents each check of this fixture signs in.</summary>
    protected virtual int AgentsNeeded => 1;

    protected static GatewayTarget Target => SuiteRun.Target;
    protected static SuiteSettings Settings => Target.Settings;
    protected static TimeProvider Time => SuiteRun.Time;

    /// <summary>Generated test data, seeded per fixture from the run's seed so a failure can be replayed.</summary>
    protected Faker Faker { get; private set; } = new();

    protected int FixtureSeed { get; private set; }

    protected GatewayClient Client { get; private set; } = null!;

    protected IReadOnlyList<AgentCredentials> LeasedAgents => _lease?.Agents ?? [];

    [OneTimeSetUp]
    public async Task LeaseAgentsAsync()
    {
        FixtureSeed = unchecked(Settings.Seed + StableHash(GetType().FullName!));
        Faker = new Faker { Random = new Randomizer(FixtureSeed) };
        TestContext.Progress.WriteLine($"{GetType().Name}: seed {FixtureSeed}");
        _lease = await Target.Agents.TryLeaseAsync(AgentsNeeded, LeaseWait, Time);
        if (_lease is null)
        {
            _skipReason = Target.Agents.Size < AgentsNeeded
                ? $"needs {AgentsNeeded} agents, the configuration gives {Target.Agents.Size}"
                : $"no {AgentsNeeded} agents came free within {LeaseWait.TotalMinutes} minutes";
        }
    }

    [OneTimeTearDown]
    public void ReturnAgents() => _lease?.Dispose();

    [SetUp]
    public void StartCheck()
    {
        _findings.Clear();
        _sessions.Clear();
        _lastMarker = 0;
        _log = new ExchangeLog();
        Client = Target.NewClient(_log);
        Client.Inspect = JudgeTransport;
        _startedAt = Time.GetTimestamp();
        if (_skipReason is not null)
        {
            Assert.Ignore($"Not decidable on this target: {_skipReason}.");
        }
    }

    [TearDown]
    public async Task FinishCheckAsync()
    {
        // The result is taken before the agents sign out, so a failing sign-out cannot lose the check's outcome.
        Client.Inspect = null;
        var result = Result(TestContext.CurrentContext, _log.Exchanges);
        try
        {
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
            SuiteRun.Results.Add(result);
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
    /// A busy reason code (200..250) for recognisable marker events, distinct from the others of the check: the first is
    /// drawn from the fixture's seed, each later one follows <paramref name="previous"/> or the last one handed out.
    /// </summary>
    protected int NextMarkerReason(int previous = 0)
    {
        var last = previous is >= 200 and < 250 ? previous : _lastMarker;
        _lastMarker = last is >= 200 and < 250 ? last + 1 : Faker.Random.Int(200, 240);
        return _lastMarker;
    }

    private CheckResult Result(TestContext context, IReadOnlyList<Exchange> exchanges)
    {
        var ids = NamedRequirements(context);
        ids.AddRange(_findings.Select(f => f.RequirementId).Where(id => !ids.Contains(id)).Distinct());
        var (status, message) = Classify(context.Result.Outcome, context.Result.Message);
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
            Exchanges = exchanges,
            Seed = FixtureSeed,
            DurationMilliseconds = Math.Round(Time.GetElapsedTime(_startedAt).TotalMilliseconds, 1),
        };
    }

    private (CheckStatus Status, string? Message) Classify(ResultState outcome, string? message)
    {
        if (outcome.Status is TestStatus.Skipped or TestStatus.Inconclusive)
        {
            // A SHOULD violation found before the check became undecidable is still a warning.
            return _findings.Any(f => !f.Held) ? (CheckStatus.Warn, message) : (CheckStatus.Skip, message);
        }

        if (outcome.Status == TestStatus.Failed)
        {
            // A FAIL is always a violated MUST requirement; any other failure is the suite's own problem.
            var violated = _findings.Any(f => !f.Held && f.Level == RequirementLevel.Must);
            return violated && outcome.Label != "Error" ? (CheckStatus.Fail, message) : (CheckStatus.Error, message);
        }

        return outcome.Status == TestStatus.Warning ? (CheckStatus.Warn, message) : (CheckStatus.Pass, null);
    }

    private static string AreaOf(List<string> ids) =>
        ids.Count == 0 ? "Unassigned" : Requirements.RequirementCatalogue.Load().Get(ids[0]).Area;

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
