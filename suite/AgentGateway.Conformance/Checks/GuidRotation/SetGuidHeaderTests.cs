using AgentGateway.Conformance.Harness;
using AgentGateway.Conformance.Http;
using AgentGateway.Conformance.Requirements;
using NUnit.Framework;

namespace AgentGateway.Conformance.Checks.GuidRotation;

/// <summary>
/// The form of every Set-GUID header, at sign-in and on rotation. A fixture of its own, so it waits for its rotation
/// beside <see cref="GuidRotationTests"/> rather than after it. Where the Guid never rotates (AUTHMODE 1) it judges the
/// sign-in's Set-GUID alone, without waiting.
/// </summary>
[TestFixture]
public sealed class SetGuidHeaderTests : RotationFixture
{
    [Test]
    [Requirement(Req.GuidRotation.Rot002)]
    public async Task Sends_set_guid_in_the_documented_form()
    {
        var agent = await SignInAsync();
        await KeepPollingUntilRotatedAsync(agent);
        var headers = Client.Log.Exchanges
            .SelectMany(e => e.ResponseHeaders)
            .Where(h => h.Name.Equals("Set-GUID", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var odd = headers.Where(h => !h.Value.StartsWith(GuidHeader.Prefix, StringComparison.Ordinal)).ToList();
        Should(
            Req.GuidRotation.Rot002,
            odd.Count == 0,
            "every Set-GUID header of the form JSESSIONID=<guid>",
            odd.Count == 0 ? $"{headers.Count} Set-GUID header(s), all of that form" : string.Join("; ", odd.Select(h => h.Value)));
    }
}
