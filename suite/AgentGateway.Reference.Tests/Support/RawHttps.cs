using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AgentGateway.Reference.Tests.Support;

/// <summary>
/// Sends requests byte for byte over TLS to a gateway's socket, so that a test can send what no HTTP client would:
/// invalid UTF-8 in the path or a header, bodies larger than the gateway takes, odd request targets. It trusts exactly
/// the gateway's certificate.
/// </summary>
internal static class RawHttps
{
    /// <summary>
    /// A request head in which every character below U+0100 becomes one byte (so "\u00FF" sends the byte 0xFF), followed by
    /// <paramref name="body"/> with its Content-Length unless <paramref name="headers"/> say otherwise.
    /// </summary>
    public static byte[] Request(string method, string target, string headers = "", byte[]? body = null, bool contentLength = true)
    {
        var head = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\n")
            .Append("Connection: close\r\n")
            .Append(headers);
        if (body is not null && contentLength)
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body ?? []];
    }

    /// <summary>A body sent in chunks of 8 KiB with Transfer-Encoding: chunked.</summary>
    public static byte[] Chunked(byte[] body)
    {
        using var stream = new MemoryStream();
        foreach (var chunk in body.Chunk(8192))
        {
            stream.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
            stream.Write(chunk);
            stream.Write("\r\n"u8);
        }

        stream.Write("0\r\n\r\n"u8);
        return stream.ToArray();
    }

    /// <summary>
    /// Sends the bytes while reading the answer, so that a gateway that answers before it has read everything is still
    /// heard; a connection that closes without an answer gives status 0.
    /// </summary>
    /// <summary>Signs agent 41001 in with the documented body and returns the Guid of its Set-GUID header.</summary>
    public static async Task<string> SignInAsync(ReferenceGateway gateway)
    {
        var signIn = await SendAsync(gateway, Request("PUT", "/agentgateway/resource/onlineagent/41001",
            "Content-Type: application/json; charset=UTF-8\r\n", Encoding.UTF8.GetBytes(InMemoryGateway.DocumentedBody)));
        signIn.Retcode.Should().Be("0", signIn.Body);
        return signIn.SetGuid!;
    }

    public static async Task<Reply> SendAsync(ReferenceGateway gateway, byte[] request, CancellationToken cancellationToken = default)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(gateway.BaseUri.Host, gateway.BaseUri.Port, cancellationToken);
        await using var tls = await AuthenticateAsync(gateway, tcp.GetStream(), cancellationToken);

        var reading = ReadToEndAsync(tls, cancellationToken);
        try
        {
            await tls.WriteAsync(request, cancellationToken);
            await tls.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // The gateway may answer and close before it has read a body it refuses; the answer is what counts.
        }

        return Parse(await reading);
    }

    /// <summary>TLS over <paramref name="stream"/>, trusting exactly the gateway's certificate.</summary>
    public static async Task<SslStream> AuthenticateAsync(
        ReferenceGateway gateway, Stream stream, CancellationToken cancellationToken = default)
    {
        var pinned = gateway.Certificate.GetCertHash();
        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "127.0.0.1",
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(pinned),
        }, cancellationToken);
        return tls;
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException) when (buffer.Length > 0)
        {
            // A reset after the answer: keep what arrived.
        }

        return buffer.ToArray();
    }

    /// <summary>A response as received: status line, headers and the body decoded as UTF-8; status 0 when there is no head.</summary>
    public static Reply Parse(byte[] raw)
    {
        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return new Reply(0, "", Encoding.Latin1.GetString(raw), new Dictionary<string, string>());
        }

        var lines = Encoding.Latin1.GetString(raw, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        var body = Encoding.UTF8.GetString(raw, end + 4, raw.Length - end - 4);
        return new Reply(status, headers.GetValueOrDefault("Content-Type", ""), body, headers);
    }
}
