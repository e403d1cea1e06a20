using System.Security.Cryptography;
using System.Text.Json;
using AgentGateway.Conformance.Requirements;
using AgentGateway.Conformance.Schemas;

namespace AgentGateway.Conformance.Certification;

/// <summary>
/// The files a run judged with, by their SHA-256: the requirement catalogue and every JSON Schema its profile validates
/// responses with, following each schema's relative <c>$ref</c>s to the files they name. Paths are given as in the
/// repository (<c>schemas/compatible/sync-response.schema.json</c>), so a certifier can hash the same files of a checkout.
/// </summary>
public static class JudgedFiles
{
    /// <summary>The catalogue the run loaded, <c>schemas/requirements.json</c> beside the suite.</summary>
    public static FileClaim Catalogue() => Claim(RequirementCatalogue.DefaultPath);

    /// <summary>The schema files of <paramref name="profile"/> with those their <c>$ref</c>s name, in path order.</summary>
    public static IReadOnlyList<FileClaim> Schemas(SchemaProfile profile)
    {
        var pending = new Queue<string>(ResponseSchemas.Load(profile).Files.Select(Path.GetFullPath));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var file))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            foreach (var reference in References(file))
            {
                pending.Enqueue(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference)));
            }
        }

        return [.. seen.Select(Claim).OrderBy(c => c.Path, StringComparer.Ordinal)];
    }

    /// <summary>The files the relative <c>$ref</c>s of the schema in <paramref name="file"/> name, without their fragments.</summary>
    private static List<string> References(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var found = new List<string>();
        Walk(document.RootElement);
        return found;

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString() is { } target && target.Split('#')[0] is { Length: > 0 } path)
                    {
                        found.Add(path);
                    }

                    Walk(property.Value);
                }
            }
        }
    }

    private static FileClaim Claim(string file)
    {
        var relative = Path.GetRelativePath(AppContext.BaseDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
        using var stream = File.OpenRead(file);
        return new FileClaim(relative, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
