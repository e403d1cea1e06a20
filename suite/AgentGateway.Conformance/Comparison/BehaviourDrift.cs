namespace AgentGateway.Conformance.Comparison;

/// <summary>What about a field changed between the runs.</summary>
public enum DriftAspect
{
    /// <summary>The field's JSON type changed: <c>agentStateBeginTime</c> a string before and a number after.</summary>
    Type,

    /// <summary>The field appeared, disappeared, or is now present in more or fewer of the responses of its kind.</summary>
    Presence,

    /// <summary>The field took other values: a different retcode for the same refusal.</summary>
    Values,
}

/// <summary>
/// One field that behaved differently after than before, even where both runs passed, in the same way in each of the
/// kinds of response listed.
/// </summary>
public sealed record FieldDrift
{
    /// <summary>The kinds of response it drifted in, each as purpose, method and route, status.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>The field's JSON path, arrays as <c>[]</c>: <c>$.result.agentStateInfo.state</c>.</summary>
    public required string Path { get; init; }

    public required DriftAspect Aspect { get; init; }

    /// <summary>What the run before showed: types, presence or values, in words.</summary>
    public required string Before { get; init; }

    public required string After { get; init; }
}

/// <summary>Compares the response profiles of two sides, kind by kind, field by field.</summary>
public static class BehaviourDrift
{
    /// <summary>
    /// The drifts of the kinds both sides have. A field under one that drifted in presence or type is not listed again,
    /// and values are compared only where both sides kept a small set of non-volatile values.
    /// </summary>
    public static IReadOnlyList<FieldDrift> Between(
        IReadOnlyDictionary<string, ResponseProfile> before, IReadOnlyDictionary<string, ResponseProfile> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var drifts = new List<(string Kind, FieldDrift Drift)>();
        foreach (var (kind, old) in before)
        {
            if (after.TryGetValue(kind, out var now))
            {
                drifts.AddRange(Between(old, now).Select(d => (kind, d)));
            }
        }

        return [.. drifts.GroupBy(d => d.Drift)
            .Select(g => g.Key with { Kinds = [.. g.Select(d => d.Kind)] })
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Aspect)];
    }

    private static List<FieldDrift> Between(ResponseProfile before, ResponseProfile after)
    {
        var drifts = new List<FieldDrift>();
        var shaken = new List<string>();
        var paths = before.Fields.Keys.Union(after.Fields.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (shaken.Any(p => path.StartsWith(p + ".", StringComparison.Ordinal) || path.StartsWith(p + "[]", StringComparison.Ordinal)))
            {
                continue;
            }

            var old = before.Fields.GetValueOrDefault(path);
            var now = after.Fields.GetValueOrDefault(path);
            var drift = Of(path, old, before.Responses, now, after.Responses);
            if (drift is not null)
            {
                drifts.Add(drift);
                if (drift.Aspect != DriftAspect.Values)
                {
                    shaken.Add(path);
                }
            }
        }

        return drifts;
    }

    private static FieldDrift? Of(string path, FieldProfile? before, int beforeCount, FieldProfile? after, int afterCount)
    {
        if (Presence(before, beforeCount) != Presence(after, afterCount))
        {
            return Drift(path, DriftAspect.Presence, Present(before, beforeCount), Present(after, afterCount));
        }

        if (before is null || after is null)
        {
            return null;
        }

        if (!before.Types.SequenceEqual(after.Types, StringComparer.Ordinal))
        {
            return Drift(path, DriftAspect.Type, string.Join(", ", before.Types), string.Join(", ", after.Types));
        }

        var comparable = !before.Volatile && !after.Volatile && before.Values.Count > 0 && after.Values.Count > 0;
        return comparable && !before.Values.SequenceEqual(after.Values, StringComparer.Ordinal)
            ? Drift(path, DriftAspect.Values, string.Join(", ", before.Values), string.Join(", ", after.Values))
            : null;
    }

    /// <summary>Present in every response of the kind, in some, or in none.</summary>
    private static int Presence(FieldProfile? field, int responses) =>
        field is null || field.Present == 0 ? 0 : field.Present < responses ? 1 : 2;

    private static string Present(FieldProfile? field, int responses) => Presence(field, responses) switch
    {
        0 => "absent",
        1 => "in some responses",
        _ => "in every response",
    };

    private static FieldDrift Drift(string path, DriftAspect aspect, string before, string after) =>
        new() { Kinds = [], Path = path, Aspect = aspect, Before = before, After = after };
}
