using System.Globalization;
using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Benchmarks.Runner;

// briefing-bench run [--sizes 100,1000,10000] [--work DIR] [--seed S] [--no-hugo] [--corpora DIR] [--update-readme] [--repeat K]
// briefing-bench generate --n N --out DIR [--hugo DIR] [--seed S]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var command = args.FirstOrDefault() ?? "run";
string? Opt(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
bool Flag(string name) => args.Contains(name);
var seed = ulong.Parse(Opt("--seed") ?? "7", CultureInfo.InvariantCulture);
var repo = RepoRoot();

switch (command)
{
    case "generate":
    {
        var n = int.Parse(Opt("--n") ?? "100", CultureInfo.InvariantCulture);
        var articles = new CorpusGenerator(seed).Articles(n).ToList();
        SiteFiles.WriteBriefingSite(Opt("--out") ?? "bench-content", articles);
        if (Opt("--hugo") is { } hugoDir) SiteFiles.WriteHugoSite(hugoDir, articles);
        Console.WriteLine($"wrote {n} articles");
        return 0;
    }
    case "run":
    {
        var sizes = (Opt("--sizes") ?? "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var corpora = Opt("--corpora") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "corpora"));
        var options = new BenchmarkOptions(sizes, Path.GetFullPath(Opt("--work") ?? Path.Combine(Path.GetTempPath(), "briefing-bench")), seed,
            !Flag("--no-hugo"), Flag("--no-corpora") ? null : corpora, null, int.Parse(Opt("--repeat") ?? "1", CultureInfo.InvariantCulture));
        var rows = new BenchmarkRun(options, Console.Error).Run(repo);
        var table = ResultTable.Markdown(rows, Machine());
        Console.WriteLine(table);
        File.WriteAllText(Path.Combine(options.WorkDir, "results.md"), table);
        if (Flag("--update-readme") && !ResultTable.UpdateReadme(Path.Combine(repo, "README.md"), table))
            Console.Error.WriteLine("README.md has no scale-benchmark markers; table not written there");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: briefing-bench run|generate [options] (see tests/Benchmarks/README.md)");
        return 2;
}

static string RepoRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "BriefingSite.sln"))) return d.FullName;
    throw new InvalidOperationException("run inside the BriefingSite repository (no BriefingSite.sln found above the current folder)");
}

static string Machine()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    var mem = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "?";
    return $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {mem} memory, .NET {Environment.Version}.";
}
