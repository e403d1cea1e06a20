using System.Runtime.InteropServices;
using AgentGateway.Conformance.Harness;

namespace AgentGateway.Conformance.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into an interruption of the run (<see cref="RunContext.Interrupt"/>): the checks
/// stop, release the calls they started and sign their agents out, and the reports are written. A second signal ends
/// the process at once, as the signal would have without this.
/// </summary>
internal sealed class SignalInterruption : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public SignalInterruption(RunContext context, TextWriter console)
    {
        _registrations = [Register(PosixSignal.SIGINT, "Ctrl+C"), Register(PosixSignal.SIGTERM, "SIGTERM")];

        PosixSignalRegistration Register(PosixSignal signal, string name) => PosixSignalRegistration.Create(signal, received =>
        {
            received.Cancel = context.Interrupt(name);
            if (received.Cancel)
            {
                console.WriteLine("Press Ctrl+C again to quit at once, leaving any call and signed-in agent on the gateway.");
            }
        });
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
