using AgentGateway.Conformance.Configuration;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Harness;

[TestFixture]
public sealed class TargetDeclarationTests
{
    private static readonly (string, string)[] RealTarget = [("AGW_TARGET", "https://gw:8043"), ("AGW_AGENTS", "41001,41002")];

    private static SuiteSettings Load(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return SettingsLoader.Load(name => map.GetValueOrDefault(name));
    }

    [Test]
    public void Authmode_is_observed_unless_declared()
    {
        var settings = Load(RealTarget);

        settings.AuthMode.Should().Be(AuthModeDeclaration.Auto);
        settings.GuidNeverRotates.Should().BeFalse();
        settings.GuidRotationBudget.Should().Be(TimeSpan.FromSeconds(75));
        settings.SettleTime.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Test]
    public void A_target_declared_authmode_1_never_rotates()
    {
        var settings = Load([.. RealTarget, ("AGW_AUTHMODE", "1")]);

        settings.AuthMode.Should().Be(AuthModeDeclaration.Static);
        settings.GuidNeverRotates.Should().BeTrue();
    }

    [Test]
    public void A_declared_guid_interval_sets_the_rotation_budget_unless_the_budget_is_given()
    {
        Load([.. RealTarget, ("AGW_AUTHMODE", "2"), ("AGW_GUID_INTERVAL", "30s")]).GuidRotationBudget.Should().Be(TimeSpan.FromSeconds(45));
        Load([.. RealTarget, ("AGW_AUTHMODE", "2"), ("AGW_GUID_INTERVAL", "30s"), ("AGW_ROTATION_BUDGET", "2m")])
            .GuidRotationBudget.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Test]
    public void The_embedded_gateway_runs_the_declared_authmode_and_interval()
    {
        var settings = Load(("AGW_AUTHMODE", "1"));
        settings.Embedded.AuthMode.Should().Be(1);
        settings.GuidNeverRotates.Should().BeTrue();

        var rotating = Load(("AGW_AUTHMODE", "2"), ("AGW_GUID_INTERVAL", "3s"));
        rotating.Embedded.AuthMode.Should().Be(2);
        rotating.Embedded.GuidInterval.Should().Be(TimeSpan.FromSeconds(3));
        rotating.GuidNeverRotates.Should().BeFalse();
    }

    [Test]
    public void The_configuration_file_declares_authmode_as_a_number_or_a_word()
    {
        var file = Path.Combine(Path.GetTempPath(), $"agw-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, """{ "authMode": 1, "settleTime": "2s" }""");
            var settings = Load(("AGW_CONFIG", file));
            settings.AuthMode.Should().Be(AuthModeDeclaration.Static);
            settings.SettleTime.Should().Be(TimeSpan.FromSeconds(2));

            File.WriteAllText(file, """{ "authMode": "auto" }""");
            Load(("AGW_CONFIG", file)).AuthMode.Should().Be(AuthModeDeclaration.Auto);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("3")]
    [TestCase("static")]
    public void An_unknown_authmode_is_refused_with_the_choices(string value)
    {
        var act = () => Load(("AGW_AUTHMODE", value));

        act.Should().Throw<SettingsException>().WithMessage("*use 1, 2 or auto*--authmode*");
    }
}
