using AgentGateway.Conformance.Schemas;
using FluentAssertions;
using NUnit.Framework;

namespace AgentGateway.Conformance.Tests.Schemas;

public class ResponseSchemasLoadingTests
{
    [Test]
    public void Loads_each_profile_once_per_directory()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "schemas");

        ResponseSchemas.Load(SchemaProfile.Strict).Should()
            .BeSameAs(ResponseSchemas.Load(SchemaProfile.Strict, directory + Path.DirectorySeparatorChar));
        ResponseSchemas.Load(SchemaProfile.Strict).Should().NotBeSameAs(ResponseSchemas.Load(SchemaProfile.Compatible));
    }

    [TestCase(SchemaProfile.Compatible)]
    [TestCase(SchemaProfile.Strict)]
    public void Reports_the_profile_it_was_loaded_for(SchemaProfile profile)
    {
        var schemas = ResponseSchemas.Load(profile);

        schemas.Profile.Should().Be(profile);
        (schemas.SyncSuccessStrict is not null).Should().Be(profile == SchemaProfile.Strict);
    }

    [Test]
    public void Fails_with_the_missing_file_when_the_directory_has_no_schemas()
    {
        var directory = Path.Combine(Path.GetTempPath(), "no-schemas-" + Guid.NewGuid().ToString("N"));

        var act = () => ResponseSchemas.Load(SchemaProfile.Compatible, directory);

        act.Should().Throw<FileNotFoundException>().Which.FileName.Should().StartWith(directory);
    }
}
