using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AgentGateway.Conformance.Schemas;

public sealed partial class ResponseSchemas
{
    private static readonly JsonSerializerSettings ParseSettings = new()
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    private static readonly HashSet<SchemaViolationKind> TypeKinds =
    [
        SchemaViolationKind.ArrayExpected,
        SchemaViolationKind.BooleanExpected,
        SchemaViolationKind.IntegerExpected,
        SchemaViolationKind.NullExpected,
        SchemaViolationKind.NumberExpected,
        SchemaViolationKind.ObjectExpected,
        SchemaViolationKind.StringExpected,
        SchemaViolationKind.NoTypeValidates,
    ];

    /// <summary>
    /// Validates <paramref name="json"/> and lists every error as kind and JSON path, nested oneOf/anyOf/type-list errors flattened.
    /// A body that is not JSON gives one violation of kind <see cref="SchemaViolationKind.InvalidJson"/> at <c>$</c>.
    /// </summary>
    public static IReadOnlyList<SchemaViolation> Validate(JsonSchema schema, string json)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (!IsJson(json))
        {
            return [new SchemaViolation(SchemaViolationKind.InvalidJson, "$")];
        }

        var token = JsonConvert.DeserializeObject<JToken>(json, ParseSettings) ?? JValue.CreateNull();
        var violations = new List<SchemaViolation>();
        foreach (var error in schema.Validate(token))
        {
            Flatten(error, violations);
        }

        return WithoutNoiseBelowWrongTypes(violations.Distinct().ToList());
    }

    // A value of the wrong type already says all there is; NJsonSchema would add every required member beneath it too.
    private static List<SchemaViolation> WithoutNoiseBelowWrongTypes(List<SchemaViolation> violations)
    {
        var wrongTypes = violations
            .Where(v => TypeKinds.Contains(v.Kind))
            .Select(v => v.Path)
            .ToList();
        return violations
            .Where(v => !wrongTypes.Any(parent => IsBelow(v.Path, parent)))
            .ToList();
    }

    private static bool IsBelow(string path, string parent) =>
        path.Length > parent.Length
        && path.StartsWith(parent, StringComparison.Ordinal)
        && (path[parent.Length] == '.' || path[parent.Length] == '[');

    // System.Text.Json is the strict judge of "is this JSON": Newtonsoft also accepts comments, single quotes and NaN.
    private static bool IsJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static void Flatten(ValidationError error, List<SchemaViolation> into)
    {
        var branches = error switch
        {
            ChildSchemaValidationError child => child.Errors.Values.ToList(),
            MultiTypeValidationError multi => multi.Errors.Values.ToList(),
            _ => null,
        };
        if (branches is null)
        {
            into.Add(new SchemaViolation(KindOf(error.Kind), ToJsonPath(error.Path)));
            return;
        }

        // Array items, allOf and the like must all hold: every nested error counts.
        if (error.Kind is not (ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NoTypeValidates))
        {
            foreach (var inner in branches.SelectMany(b => b))
            {
                Flatten(inner, into);
            }

            return;
        }

        // Of alternatives, a branch whose type fits the value but whose content does not says what is wrong;
        // branches of another type say nothing.
        var path = ToJsonPath(error.Path);
        var telling = branches
            .Where(b => b.Count > 0 && !b.Any(e => TypeKinds.Contains(KindOf(e.Kind)) && ToJsonPath(e.Path) == path))
            .ToList();
        if (telling.Count == 0)
        {
            into.Add(new SchemaViolation(KindOf(error.Kind), path));
            return;
        }

        foreach (var inner in telling.SelectMany(b => b))
        {
            Flatten(inner, into);
        }
    }

    /// <summary>The violation kind of an NJsonSchema error kind: the member of the same name and value.</summary>
    private static SchemaViolationKind KindOf(ValidationErrorKind kind) => (SchemaViolationKind)kind;

    internal static string ToJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
        {
            return "$";
        }

        var rest = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        return rest.StartsWith('[') ? "$" + rest : "$." + rest;
    }
}
