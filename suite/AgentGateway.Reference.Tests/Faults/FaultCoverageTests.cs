using System.Reflection;
using AgentGateway.Reference.Faults;

namespace AgentGateway.Reference.Tests.Faults;

public class FaultCoverageTests
{
    private static readonly MethodInfo[] FaultTests = typeof(FaultCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttributes<FaultTestAttribute>().Any())
        .ToArray();

    [Test]
    public void Every_fault_mode_has_at_least_one_fault_test()
    {
        var covered = FaultTests.SelectMany(m => m.GetCustomAttributes<FaultTestAttribute>()).Select(a => a.Fault).ToHashSet();

        Enum.GetValues<GatewayFault>().Where(f => !covered.Contains(f)).Should().BeEmpty(
            "every fault mode needs a test marked [FaultTest(GatewayFault.X)] under Faults/ that shows its deviation");
    }

    [Test]
    public void Every_fault_test_is_a_test_that_runs()
    {
        FaultTests.Where(m => !m.GetCustomAttributes<TestAttribute>().Any() && !m.GetCustomAttributes<TestCaseAttribute>().Any()
                && !m.GetCustomAttributes<TestCaseSourceAttribute>().Any())
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Should().BeEmpty();
    }

    [Test]
    public void Every_fault_mode_is_described_once_in_the_catalogue()
    {
        GatewayFaults.All.Select(d => d.Fault).Should().BeEquivalentTo(Enum.GetValues<GatewayFault>());
        GatewayFaults.All.Select(d => d.Name).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Every_fault_mode_lives_in_one_class_named_after_it()
    {
        var classes = typeof(Fault).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Fault)) && !t.IsAbstract).ToList();

        classes.Select(t => t.Name).Should().BeEquivalentTo(Enum.GetNames<GatewayFault>());
        classes.Should().OnlyContain(t => GatewayFaults.Create(Enum.Parse<GatewayFault>(t.Name)).GetType() == t);
    }

    [Test]
    public void The_active_faults_pass_every_hook_on_to_each_fault()
    {
        var hooks = typeof(FaultHooks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual)
            .ToList();

        hooks.Should().NotBeEmpty();
        hooks.Where(hook => typeof(ActiveFaults).GetMethod(hook.Name, [.. hook.GetParameters().Select(p => p.ParameterType)])!
                .DeclaringType != typeof(ActiveFaults))
            .Select(hook => hook.Name)
            .Should().BeEmpty("ActiveFaults must override each hook of FaultHooks, or the faults' own versions of it go uncalled");
    }
}
