using System.Globalization;

namespace AgentGateway.Conformance.Configuration;

/// <summary>Parses durations written as <c>500ms</c>, <c>10s</c>, <c>2m</c> or plain seconds.</summary>
public static class Durations
{
    public static TimeSpan Parse(string text, string settingName)
    {
        var value = text.Trim();
        (string number, Func<double, TimeSpan> unit) = value switch
        {
            _ when value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (value[..^2], TimeSpan.FromMilliseconds),
            _ when value.EndsWith('s') => (value[..^1], TimeSpan.FromSeconds),
            _ when value.EndsWith('m') => (value[..^1], TimeSpan.FromMinutes),
            _ => (value, (Func<double, TimeSpan>)TimeSpan.FromSeconds),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            throw new SettingsException($"{settingName}: '{text}' is not a duration; write e.g. 500ms, 10s or 2m.");
        }

        return unit(amount);
    }
}
