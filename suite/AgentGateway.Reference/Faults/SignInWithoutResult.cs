using System.Text.Json.Nodes;

namespace AgentGateway.Reference.Faults;

internal sealed class SignInWithoutResult() : Fault(
    GatewayFault.SignInWithoutResult,
    "sign-in-without-result",
    "SchemaConformance",
    "A successful sign-in answers only message, retcode \"0\" and Set-GUID, leaving out the result object that names workno.")
{
    public override void ShapeSignIn(JsonObject body) => body.Remove("result");
}
