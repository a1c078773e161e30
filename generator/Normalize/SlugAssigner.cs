using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Normalize;

/// <summary>
/// Gives every article a unique slug. Explicit slugs must be unique (two claims are an error); derived slugs
/// that collide are numbered "-2", "-3"... in order of date, then source path, so the result never depends on
/// file-system order.
/// </summary>
public static class SlugAssigner
{
    public static StageResult<ImmutableArray<Article>> Run(IReadOnlyList<Article> articles)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Article>(articles.Count);

        // Explicit slugs claim first: an editor's choice must not be displaced by a derived one.
        foreach (var group in articles.Where(a => a.ExplicitSlug).GroupBy(a => a.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var claims = group.OrderBy(a => a.Origin.Path, StringComparer.Ordinal).ToList();
            foreach (var other in claims.Skip(1))
                diags.Add(Messages.DuplicateSlug(other.Origin with { Line = 1 }, group.Key, claims[0].Origin.Path));
            taken.Add(group.Key);
            result.Add(claims[0]);
        }

        var derived = articles.Where(a => !a.ExplicitSlug)
            .OrderBy(a => a.Slug, StringComparer.Ordinal)
            .ThenBy(a => a.Date?.ToString() ?? "9999", StringComparer.Ordinal)
            .ThenBy(a => a.Origin.Path, StringComparer.Ordinal);
        foreach (var article in derived)
        {
            var slug = article.Slug;
            for (var n = 2; !taken.Add(slug); n++) slug = $"{article.Slug}-{n}";
            result.Add(article with { Slug = slug });
        }
        return new(Order(result), diags.ToImmutable());
    }

    /// <summary>The order articles are shown in everywhere: newest first, undated last, then by title and slug.</summary>
    public static ImmutableArray<Article> Order(IEnumerable<Article> articles) =>
        articles.OrderByDescending(a => a.Date.HasValue)
            .ThenByDescending(a => a.Date ?? default)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
}
