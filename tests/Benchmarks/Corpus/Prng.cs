namespace BriefingSite.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and machine
/// (System.Random's seeded sequence is not a documented contract).
/// </summary>
public sealed class Prng(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for item <paramref name="index"/> of stream <paramref name="stream"/>: article i's text never depends on how many articles came before.</summary>
    public static Prng For(ulong seed, string stream, long index)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in stream) h = (h ^ c) * 1099511628211UL;
        return new Prng(seed ^ h ^ ((ulong)index * 0x9E3779B97F4A7C15UL));
    }

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, max).</summary>
    public int Below(int max) => max <= 1 ? 0 : (int)(Next() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
