using AgentGateway.Conformance.Http;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

[TestFixture]
public sealed class RedactorTests
{
    [Test]
    public void Registered_secrets_are_replaced_by_their_labels()
    {
        var redactor = new Redactor();
        redactor.Register("0f0e0d0c-aaaa-bbbb-cccc-000000000001.AgentGateway0", "guid of agent 41001 #1");

        redactor.Redact("Set-GUID: JSESSIONID=0f0e0d0c-aaaa-bbbb-cccc-000000000001.AgentGateway0")
            .Should().Be("Set-GUID: JSESSIONID=<guid of agent 41001 #1>");
    }

    [Test]
    public void Guids_nobody_registered_are_hidden_too()
    {
        new Redactor().Redact("guid 12345678-1234-1234-1234-123456789abc.AgentGateway3 issued")
            .Should().Be("guid <guid:unregistered> issued");
    }

    [Test]
    public void Passwords_in_sign_in_bodies_are_hidden()
    {
        new Redactor().Redact("""{"password":"s3cr\"et","phonenum":"70001"}""")
            .Should().Be("""{"password":"<password>","phonenum":"70001"}""");
    }
}
