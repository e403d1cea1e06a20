using System.Security.Cryptography;
using System.Text;

namespace AgentGateway.Conformance.Reports;

/// <summary>
/// The HTML report's one style sheet and one script, and the Content-Security-Policy that allows exactly these two by
/// their SHA-256 hashes and nothing from any network.
/// </summary>
internal static class HtmlAssets
{
    public const string Style = """

        :root { color-scheme: light; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --skip: #6e7781; --error: #8250df; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
               margin: 0 auto; max-width: 1240px; padding: 16px 24px; }
        h1 { font-size: 22px; margin: 0 0 12px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        [hidden] { display: none !important; }
        code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
        pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 8px; margin: 4px 0;
              white-space: pre-wrap; overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: 6px 0; width: 100%; }
        th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; width: 5em; }
        .banner { border-radius: 6px; padding: 14px 18px; color: #fff; margin-bottom: 12px; }
        .banner h1 { color: #fff; margin: 0 0 4px; font-size: 26px; }
        .banner ul { margin: 4px 0 0; padding-left: 20px; }
        .verdict-conformant { background: var(--pass); }
        .verdict-not-conformant { background: var(--fail); }
        .verdict-incomplete { background: #6e5400; }
        .verdict-conformant-with-waivers { background: #7a4a00; }
        td.expired { color: var(--fail); font-weight: 700; } td.stale, td.not-judged { color: #6e5400; }
        .waived { font-weight: 700; color: #7a4a00; }
        .flaky { font-weight: 700; color: #6a3d9a; }
        .badge { display: inline-block; min-width: 4.2em; text-align: center; border-radius: 3px; color: #fff;
                 font-weight: 600; font-size: 12px; padding: 0 4px; }
        .s-pass { background: var(--pass); } .s-fail { background: var(--fail); } .s-warn { background: var(--warn); }
        .s-skip { background: var(--skip); } .s-error { background: var(--error); } .s-none { background: #afb8c1; }
        .danger { color: var(--fail); font-weight: 700; }
        dl.fingerprint { display: grid; grid-template-columns: 14em 1fr; gap: 2px 12px; margin: 0; }
        dl.fingerprint dt { font-weight: 600; }
        dl.fingerprint dd { margin: 0; overflow-wrap: anywhere; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 6px 0; padding: 0; list-style: none; }
        fieldset.filters { border: 1px solid #d0d7de; border-radius: 4px; margin: 8px 0; }
        fieldset.filters label { margin-right: 14px; cursor: pointer; }
        details.check { border: 1px solid #d0d7de; border-radius: 4px; margin: 4px 0; padding: 2px 8px; }
        details.check > summary { cursor: pointer; padding: 3px 0; }
        details.check[open] > summary { border-bottom: 1px solid #d0d7de; margin-bottom: 6px; }
        details.exchange { margin: 4px 0 4px 12px; }
        details.exchange > summary { cursor: pointer; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
        .ids { color: #57606a; font-size: 12px; }
        .held-no { color: var(--fail); font-weight: 700; } .held-yes { color: var(--pass); }
        .muted { color: #57606a; }
        .note { color: #57606a; font-style: italic; }
        ul.requirements { padding-left: 18px; margin: 4px 0; }

        """;

    /// <summary>
    /// The script of a page with filters: each checkbox of <c>#filters</c> shows or hides the rows whose
    /// <paramref name="attribute"/> names its <c>data-filter</c>; without script every row stays shown.
    /// </summary>
    public static string FilterScript(string attribute) => """

        (function () {
          var box = document.getElementById('filters');
          if (!box) { return; }
          var boxes = box.querySelectorAll('input[data-filter]');
          function apply() {
            var shown = {};
            boxes.forEach(function (b) { shown[b.getAttribute('data-filter')] = b.checked; });
            document.querySelectorAll('[ATTRIBUTE]').forEach(function (row) {
              row.hidden = shown[row.getAttribute('ATTRIBUTE')] === false;
            });
          }
          boxes.forEach(function (b) { b.addEventListener('change', apply); });
          box.hidden = false;
          apply();
        })();

        """.Replace("ATTRIBUTE", attribute, StringComparison.Ordinal);

    /// <summary>The report's script: its status filters.</summary>
    public static readonly string Script = FilterScript("data-status");

    /// <summary>The policy: no network at all, no plugins, no forms; the one style sheet and script by hash.</summary>
    public static string ContentSecurityPolicy { get; } = Policy(Style, Script);

    /// <summary>The policy of a page whose only style sheet and script are <paramref name="style"/> and <paramref name="script"/>.</summary>
    public static string Policy(string style, string script) =>
        $"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; img-src 'none'; "
        + "base-uri 'none'; form-action 'none'; object-src 'none'";

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
