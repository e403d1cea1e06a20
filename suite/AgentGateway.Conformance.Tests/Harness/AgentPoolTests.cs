using AgentGateway.Conformance.Agents;
using AgentGateway.Conformance.Configuration;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

[TestFixture]
public sealed class AgentPoolTests
{
    private static readonly AgentCredentials[] Agents = [new("1", "", "1"), new("2", "", "2"), new("3", "", "3")];

    [Test]
    public async Task Leases_never_share_an_agent()
    {
        var pool = new AgentPool(Agents);

        using var first = await pool.TryLeaseAsync(2, TimeSpan.Zero, TimeProvider.System);
        using var second = await pool.TryLeaseAsync(1, TimeSpan.Zero, TimeProvider.System);

        first!.Agents.Select(a => a.Id).Should().NotIntersectWith(second!.Agents.Select(a => a.Id));
    }

    [Test]
    public async Task A_lease_larger_than_the_pool_is_refused_at_once()
    {
        var lease = await new AgentPool(Agents).TryLeaseAsync(4, TimeSpan.FromHours(1), TimeProvider.System);

        lease.Should().BeNull();
    }

    [Test]
    public async Task A_waiting_lease_is_served_when_agents_come_back()
    {
        var pool = new AgentPool(Agents);
        var held = await pool.TryLeaseAsync(3, TimeSpan.Zero, TimeProvider.System);
        var waiting = pool.TryLeaseAsync(2, TimeSpan.FromMinutes(1), TimeProvider.System);
        waiting.IsCompleted.Should().BeFalse();

        held!.Dispose();

        (await waiting).Should().NotBeNull();
    }

    [Test]
    public async Task A_lease_that_waits_too_long_gives_up()
    {
        var time = new FakeTimeProvider();
        var pool = new AgentPool(Agents);
        using var held = await pool.TryLeaseAsync(3, TimeSpan.Zero, time);
        var waiting = pool.TryLeaseAsync(1, TimeSpan.FromMinutes(1), time);

        time.Advance(TimeSpan.FromMinutes(2));

        (await waiting).Should().BeNull();
    }

    [Test]
    public async Task A_waiting_lease_gives_up_at_once_when_its_wait_is_cancelled()
    {
        var time = new FakeTimeProvider();
        var pool = new AgentPool(Agents);
        using var held = await pool.TryLeaseAsync(3, TimeSpan.Zero, time);
        using var cancellation = new CancellationTokenSource();
        var waiting = pool.TryLeaseAsync(1, TimeSpan.FromMinutes(5), time, cancellation.Token);

        await cancellation.CancelAsync();

        (await waiting).Should().BeNull();
    }
}
