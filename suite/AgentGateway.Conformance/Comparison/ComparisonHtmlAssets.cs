using AgentGateway.Conformance.Reports;

namespace AgentGateway.Conformance.Comparison;

/// <summary>
/// The comparison page's one style sheet (the conformance report's, and a few rules of its own) and one script (the
/// filters by change), and the Content-Security-Policy that allows exactly these two and nothing from any network.
/// </summary>
internal static class ComparisonHtmlAssets
{
    public const string Style = HtmlAssets.Style + """
        .c-regression { background: var(--fail); } .c-fix { background: var(--pass); } .c-still-failing { background: #bc4c00; }
        .c-unchanged { background: #afb8c1; } .c-changed { background: var(--skip); } .c-flaky { background: var(--warn); }
        .c-added { background: #0969da; } .c-removed { background: #57606a; }
        tr.differs td { background: #fff8c5; }
        ul.warnings li { color: var(--fail); font-weight: 600; }
        td.grew { color: var(--fail); font-weight: 700; }

        """;

    /// <summary>The comparison's script: the report's filters, by change instead of by status.</summary>
    public static readonly string Script = HtmlAssets.FilterScript("data-change");

    public static string ContentSecurityPolicy { get; } = HtmlAssets.Policy(Style, Script);
}
