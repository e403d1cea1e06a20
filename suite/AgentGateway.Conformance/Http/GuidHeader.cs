namespace AgentGateway.Conformance.Http;

/// <summary>Reads the documented <c>Set-GUID: JSESSIONID=&lt;guid&gt;</c> header value.</summary>
public static class GuidHeader
{
    public const string Prefix = "JSESSIONID=";

    /// <summary>The Guid after <c>JSESSIONID=</c>, as Huawei's clients take it; the whole value when the prefix is absent.</summary>
    public static string Parse(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('=', StringComparison.Ordinal);
        return at >= 0 ? trimmed[(at + 1)..].Split(';')[0].Trim() : trimmed;
    }
}
