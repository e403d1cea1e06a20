using AgentGateway.Reference.Agents;
using Microsoft.Extensions.Time.Testing;

namespace AgentGateway.Reference.Tests.Agents;

public class EventQueueTests
{
    private readonly FakeTimeProvider _time = new();

    private QueuedEvent Event(string type) => new(type, null, _time.GetUtcNow());

    [Test]
    public void Events_come_out_oldest_first()
    {
        var queue = new EventQueue();
        queue.Enqueue(Event("a"));
        queue.Enqueue(Event("b"));

        queue.TryDequeue(out var first).Should().BeTrue();
        queue.TryDequeue(out var second).Should().BeTrue();

        first!.EventType.Should().Be("a");
        second!.EventType.Should().Be("b");
    }

    [Test]
    public void A_full_queue_drops_its_oldest_event()
    {
        var queue = new EventQueue();
        for (var i = 0; i <= EventQueue.Capacity; i++)
        {
            queue.Enqueue(Event(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        queue.Count.Should().Be(EventQueue.Capacity);
        queue.Snapshot()[0].EventType.Should().Be("1");
    }

    [Test]
    public async Task A_waiting_dequeue_is_released_at_once_by_a_new_event()
    {
        var queue = new EventQueue();
        var waiting = queue.DequeueAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);
        waiting.IsCompleted.Should().BeFalse();

        queue.Enqueue(Event("late"));

        var delivered = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        delivered!.EventType.Should().Be("late");
    }

    [Test]
    public async Task A_waiting_dequeue_ends_empty_when_the_wait_runs_out()
    {
        var queue = new EventQueue();
        var waiting = queue.DequeueAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(9));
        waiting.IsCompleted.Should().BeFalse();
        _time.Advance(TimeSpan.FromSeconds(1));

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeNull();
    }

    [Test]
    public async Task Closing_the_queue_releases_waiters_and_drops_events()
    {
        var queue = new EventQueue();
        var waiting = queue.DequeueAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None);

        queue.Close();
        queue.Enqueue(Event("after"));

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().BeNull();
        queue.Count.Should().Be(0);
    }

    [Test]
    public async Task Hundreds_of_waiting_dequeues_hold_no_thread()
    {
        var queues = Enumerable.Range(0, 500).Select(_ => new EventQueue()).ToList();
        var waits = queues.Select(q => q.DequeueAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None)).ToList();

        waits.Should().OnlyContain(w => !w.IsCompleted);
        foreach (var queue in queues)
        {
            queue.Enqueue(Event("go"));
        }

        var delivered = await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
        delivered.Should().OnlyContain(e => e != null && e.EventType == "go");
    }
}
