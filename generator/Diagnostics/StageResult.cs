using System.Collections.Immutable;

namespace BriefingSite.Diagnostics;

/// <summary>A stage's value plus whatever it had to say about the content.</summary>
public sealed record StageResult<T>(T Value, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public static StageResult<T> Ok(T value) => new(value, ImmutableArray<Diagnostic>.Empty);
}
