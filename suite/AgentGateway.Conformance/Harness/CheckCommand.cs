using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace AgentGateway.Conformance.Harness;

/// <summary>
/// Runs a check's method and hands whatever ended it to the check, which decides its outcome from its findings; the
/// NUnit result is then set to that outcome. Applied by <see cref="RequirementAttribute"/> to every check.
/// </summary>
internal sealed class CheckCommand(TestCommand inner) : DelegatingTestCommand(inner)
{
    public override TestResult Execute(TestExecutionContext context)
    {
        if (context.TestObject is not ConformanceTest check)
        {
            return innerCommand.Execute(context);
        }

        Exception? stop = check.StopBeforeStart;
        if (stop is null)
        {
            try
            {
                context.CurrentResult = innerCommand.Execute(context);
            }
#pragma warning disable CA1031 // Whatever the check threw is its outcome: the check decides what it means.
            catch (Exception e)
#pragma warning restore CA1031
            {
                stop = e is NUnitException { InnerException: { } inner } ? inner : e;
            }
        }

        var outcome = check.Conclude(stop);
        if (outcome.Message is null)
        {
            context.CurrentResult.SetResult(outcome.ResultState);
        }
        else
        {
            context.CurrentResult.SetResult(outcome.ResultState, outcome.Message, outcome.StackTrace);
        }

        return context.CurrentResult;
    }
}
