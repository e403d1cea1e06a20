using Microsoft.AspNetCore.Http;

namespace AgentGateway.Reference.Http;

/// <summary>Reads a request body up to a cap, so that a huge body is refused instead of buffered.</summary>
internal static class BodyReader
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body without a UTF-8 byte order mark, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        return body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;
    }
}
