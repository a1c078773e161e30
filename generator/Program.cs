using System.Globalization;
using BriefingSite.Cli;

// Culture must never reach the output: numbers, dates and sorting are invariant whatever the machine says.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    return CommandLine.Build(Console.Out, Console.Error).Parse(args).Invoke();
}
catch (Exception e)
{
    // Content problems are diagnostics; reaching here is a bug in briefing, so say so plainly.
    Console.Error.WriteLine($"briefing: internal error: {e.Message}");
    Console.Error.WriteLine("This is a bug in briefing, not in your content. Please report it with the command you ran.");
    if (Environment.GetEnvironmentVariable("BRIEFING_DEBUG") == "1") Console.Error.WriteLine(e);
    return 70;
}
