using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace BriefingSite.Diagnostics;

/// <summary>Collects diagnostics from parallel work; hands them back sorted so output never depends on thread timing.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic d) => items.Enqueue(d);
    public void AddRange(IEnumerable<Diagnostic> ds) { foreach (var d in ds) items.Enqueue(d); }
    public bool HasErrors => items.Any(d => d.IsError);

    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var list = items.ToList();
        list.Sort(Diagnostic.Compare);
        return list.ToImmutableArray();
    }
}
