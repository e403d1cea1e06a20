namespace AgentGateway.Reference.Agents;

/// <summary>
/// How an agent takes part in calls, as its sign-in body or the autoanswer and autoenteridle interfaces set it:
/// whether offered calls are answered without an answer request, whether the agent goes idle (rather than into wrap-up)
/// after a call, and whether its phone is hung up after each call (non-always-off-hook).
/// </summary>
internal sealed record CallPreferences(bool AutoAnswer, bool AutoEnterIdle, bool ReleasePhone)
{
    /// <summary>The documented defaults of the sign-in body: all three true.</summary>
    public static CallPreferences Default { get; } = new(AutoAnswer: true, AutoEnterIdle: true, ReleasePhone: true);
}
