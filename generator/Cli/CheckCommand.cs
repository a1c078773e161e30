using System.Globalization;
using BriefingSite.Checking;
using BriefingSite.Diagnostics;
using BriefingSite.Ingest;
using BriefingSite.Publishing;

namespace BriefingSite.Cli;

/// <summary><c>briefing check</c>: validates the built site in the output folder; prints <c>path:line: problem</c> lines; 1 when any problem is found.</summary>
public static class CheckCommand
{
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        var (settings, settingsDiags) = SiteSettingsFile.Read(options.ContentDir);
        foreach (var d in settingsDiags.Where(d => d.IsError)) stderr.WriteLine(d);
        if (settingsDiags.Any(d => d.IsError)) return 1;
        if (options.BaseUrl is { } given)
        {
            if (SiteSettingsReader.NormalizeBaseUrl(given) is not { } clean)
            {
                stderr.WriteLine($"error: --base-url '{given}' is not a path like /repo/ or an http(s) URL");
                return 1;
            }
            settings = settings with { BaseUrl = clean };
        }
        if (OutputFolder.Read(options.OutputDir) is not { } files || !files.Any(f => f.RelativePath == "index.html"))
        {
            stderr.WriteLine($"error: '{options.OutputDir}' holds no built site (no index.html); run 'briefing build' first");
            return 1;
        }
        var result = SiteChecker.Run(files, settings, options.OutputDir);
        foreach (var d in result.Diagnostics) stderr.WriteLine(d);
        var problems = result.Diagnostics.Count(d => d.Severity != Severity.Info);
        var summary = string.Create(CultureInfo.InvariantCulture, $"Checked {result.Value} page(s) in '{options.OutputDir}' (base path {settings.BasePath}): {problems} problem(s).");
        (problems == 0 ? stdout : stderr).WriteLine(summary);
        return problems == 0 ? 0 : 1;
    }
}
