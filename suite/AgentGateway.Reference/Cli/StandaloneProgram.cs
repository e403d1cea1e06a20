using System.Runtime.InteropServices;
using AgentGateway.Reference.Tls;

namespace AgentGateway.Reference.Cli;

/// <summary>
/// The standalone gateway: parses the command line, starts the gateway, prints one "Listening on URL" line once
/// it accepts connections, and runs until Ctrl+C or SIGTERM. Exit codes: 0 done, 1 could not start, 2 bad options.
/// </summary>
internal static class StandaloneProgram
{
    public const string ReadyPrefix = "Listening on ";

    private const string Usage = """
        AgentGateway.Reference: the reference CEC agent gateway.

        dotnet run --project suite/AgentGateway.Reference -- [options]
          --urls URL               https address to listen on (default https://127.0.0.1:8043; port 0 picks one)
          --authmode 1|2           1 static Guid, 2 rotating Guid (default 2)
          --guid-interval DUR      AUTHMODE 2 rotation period, shorter than --guid-timeout (default 60s)
          --guid-timeout DUR       how long a superseded Guid stays valid (default 120s)
          --long-poll DUR          wait before an empty poll is answered (default 10s)
          --session-timeout DUR    no request for this long signs the agent out (default 120s)
          --edition default|2025   agent IDs 101..59999, or 101..999999 with eventGenTime on events
          --fault NAME ...         switch on fault modes (names or comma lists; repeatable)
          --list-faults            print every fault: name, area, description
          --variation NAME ...     switch on conformant variations, differences the documents allow (names or comma lists;
                                   repeatable)
          --list-variations        print every variation: name, description
          --event-delay DUR        events-delayed: how late each event reaches the queue (default 300ms)
          --latency DUR|MIN-MAX    wait before each answer: 100ms, or drawn from 50ms-300ms per answer (default none)
          --hostile NAME           answer every POST syncagentinfo in this hostile mode (one at most; off by default)
          --list-hostile           print every hostile mode: name, description
          --redirect-to URL        hostile mode redirect: where the redirects point (required with it)
          --drip-interval DUR      hostile mode drip: wait before each byte of the body (default 2s)
          --agents ID:PW,...       only these agents may sign in, with these passwords
          --far-end NUM=WHAT,...   far-end numbers for callout: answer, ring or busy (built in: 88001 answer,
                                   88002 ring, 88003 busy; other numbers are busy)
          --ring-timeout DUR       an unanswered call (far end or agent) fails after this (default 30s)
          --wrap-up DUR            wrap-up after a call ends by itself after this; 0s never (default 60s)
          --control-endpoint       answer POST /reference/calls/inbound, which places inbound calls (off by default)
          --node-index N           Guid suffix .AgentGateway<N> (default 0)
          --cert FILE              server certificate: .pfx, or PEM (key in --key or in the same file)
          --key FILE               PEM private key for --cert
          --cert-password PW       password of the PFX or of an encrypted PEM key
          --export-cert FILE       write the server certificate as PEM, for clients to trust
          --help                   this text
        Durations: 500ms, 10s, 2m, 1h or plain seconds. A value may also follow an equals sign: --fault=clock-skew.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        StandaloneArguments parsed;
        try
        {
            parsed = StandaloneCommandLine.Parse(args);
        }
        catch (CommandLineException mistake)
        {
            await error.WriteLineAsync(mistake.Message).ConfigureAwait(false);
            return 2;
        }

        if (parsed.Help)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (parsed.ListFaults)
        {
            foreach (var fault in GatewayFaults.All)
            {
                await output.WriteLineAsync($"{fault.Name,-34} {fault.Area,-18} {fault.Description}").ConfigureAwait(false);
            }

            return 0;
        }

        if (parsed.ListVariations)
        {
            foreach (var variation in GatewayVariations.All)
            {
                await output.WriteLineAsync($"{variation.Name,-26} {variation.Description}").ConfigureAwait(false);
            }

            return 0;
        }

        if (parsed.ListHostile)
        {
            foreach (var hostility in GatewayHostilities.All)
            {
                await output.WriteLineAsync($"{hostility.Name,-14} {hostility.Description}").ConfigureAwait(false);
            }

            return 0;
        }

        try
        {
            if (parsed.CertificatePath is not null)
            {
                parsed.Gateway.Certificate = GatewayCertificates.Load(parsed.CertificatePath, parsed.KeyPath, parsed.CertificatePassword);
            }
        }
        catch (Exception unreadable) when (unreadable is IOException or System.Security.Cryptography.CryptographicException
                                               or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync($"--cert: cannot load '{parsed.CertificatePath}': {unreadable.Message}").ConfigureAwait(false);
            return 2;
        }

        return await ServeAsync(parsed, output, error).ConfigureAwait(false);
    }

    /// <summary>The line that names the variations and the hostile mode switched on; null when there are none.</summary>
    private static string? Unusual(ReferenceGatewayOptions gateway)
    {
        var parts = new List<string>();
        if (gateway.Variations.Count > 0)
        {
            parts.Add("variations: " + string.Join(",", gateway.Variations.Order().Select(v => GatewayVariations.Describe(v).Name)));
        }

        if (gateway.Hostile is { } hostile)
        {
            parts.Add($"hostile mode: {GatewayHostilities.Describe(hostile).Name} (every POST syncagentinfo)");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts) + ".";
    }

    private static async Task<int> ServeAsync(StandaloneArguments parsed, TextWriter output, TextWriter error)
    {
        ReferenceGateway gateway;
        try
        {
            gateway = await ReferenceGateway.StartAsync(parsed.Gateway).ConfigureAwait(false);
        }
        catch (IOException cannotListen)
        {
            await error.WriteLineAsync($"Cannot listen on {parsed.Gateway.ListenHost}:{parsed.Gateway.Port}: {cannotListen.Message}")
                .ConfigureAwait(false);
            return 1;
        }

        await using (gateway.ConfigureAwait(false))
        {
            if (parsed.ExportCertificate is not null)
            {
                try
                {
                    await File.WriteAllTextAsync(parsed.ExportCertificate, gateway.ExportCertificatePem()).ConfigureAwait(false);
                }
                catch (Exception unwritable) when (unwritable is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    await error.WriteLineAsync($"--export-cert: cannot write '{parsed.ExportCertificate}': {unwritable.Message}")
                        .ConfigureAwait(false);
                    return 2;
                }
            }

            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stopped.TrySetResult();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var faults = parsed.Gateway.Faults.Count == 0
                ? "none"
                : string.Join(",", parsed.Gateway.Faults.Select(f => GatewayFaults.Describe(f).Name));
            await output.WriteLineAsync(
                    $"AUTHMODE {parsed.Gateway.AuthMode}, edition {parsed.Gateway.Edition}, faults: {faults}. Ctrl+C stops.")
                .ConfigureAwait(false);
            if (Unusual(parsed.Gateway) is { } unusual)
            {
                await output.WriteLineAsync(unusual).ConfigureAwait(false);
            }

            await output.WriteLineAsync(ReadyPrefix + gateway.BaseUri).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
            await stopped.Task.ConfigureAwait(false);
        }

        return 0;
    }
}
