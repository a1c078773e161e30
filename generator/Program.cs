using System.Globalization;
using BriefingSite.Cli;

// Culture must never reach the output: numbers, dates and sorting are invariant whatever the machine says.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    // The default handler would print a stack trace; exceptions are bugs and are reported once, below.
    return CommandLine.Build(Console.Out, Console.Error).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    var e = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
    // Content problems are diagnostics; reaching here is a bug in briefing, so say so plainly.
    Console.Error.WriteLine($"briefing: internal error: {e.Message}");
    Console.Error.WriteLine("This is a bug in briefing, not in your content. Please report it with the command you ran.");
    if (Environment.GetEnvironmentVariable("BRIEFING_DEBUG") == "1") Console.Error.WriteLine(e);
    return 70;
}
