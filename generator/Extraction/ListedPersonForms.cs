using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// The surname forms of curated and listed people (<see cref="PersonRegistry"/>), worked out once per build: they are
/// the same for every article, and deriving and splitting them for each article was a tenth of extraction's time.
/// </summary>
public sealed class ListedPersonForms
{
    public ListedPersonForms(Knowledge k)
    {
        Forms = PersonRegistry.ListedForms(k);
        // In the dictionary's order, which is the order each article's registry adds them in.
        Named = Forms.Where(f => f.Value.Key is not null)
            .Select(f => (f.Key, Gazetteer.TokensOf(f.Key, k.Tokenizer), new KnownName(f.Value.Key!, ActorKind.Person), f.Value.Bare))
            .ToArray();
        foreach (var (form, tokens, name, bare) in Named) (bare ? Bare : Titled).AddShared(form, tokens, name);
    }

    /// <summary>The unambiguous forms that stand alone for their person, as every article's registry lies over them.</summary>
    public Gazetteer Bare { get; } = new();

    /// <summary>The unambiguous surnames that stand for their person only after a title or honorific ("President Costa").</summary>
    public Gazetteer Titled { get; } = new();

    /// <summary>Each form with the person it stands for; a null key when two people share it (ambiguous).</summary>
    public IReadOnlyDictionary<string, (string? Key, bool Bare)> Forms { get; }

    /// <summary>The unambiguous forms, split into words, with the name each one finds.</summary>
    public IReadOnlyList<(string Form, string[] Tokens, KnownName Name, bool Bare)> Named { get; }
}
