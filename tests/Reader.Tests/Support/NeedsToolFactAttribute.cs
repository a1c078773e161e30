namespace BriefingSite.ReaderTests.Support;

/// <summary>
/// A fact that needs a tool on the machine (chromium, or the npm tools in tests/web). Locally it is skipped with a
/// message saying how to get the tool; on CI it runs and fails loudly, because .ci/run installs everything.
/// </summary>
public sealed class NeedsToolFactAttribute : FactAttribute
{
    public NeedsToolFactAttribute(params string[] tools)
    {
        if (RepoPaths.OnCi) return;
        var missing = tools.Where(t => !File.Exists(PathOf(t))).ToList();
        if (missing.Count > 0)
            Skip = "needs " + string.Join(" and ", missing.Select(Hint)) + " (CI installs these via .ci/run)";
    }

    public static string PathOf(string tool) => tool switch
    {
        "chromium" => RepoPaths.Chromium,
        "axe-core" => RepoPaths.AxeScript,
        "vnu" => RepoPaths.VnuJar,
        "java" => "/usr/bin/java",
        _ => throw new ArgumentException("unknown tool " + tool),
    };

    private static string Hint(string tool) => tool switch
    {
        "chromium" => "Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
        "java" => "Java at /usr/bin/java",
        _ => $"{tool} (cd tests/web && npm ci)",
    };
}
