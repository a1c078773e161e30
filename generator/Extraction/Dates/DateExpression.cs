using BriefingSite.Model;

namespace BriefingSite.Extraction.Dates;

/// <summary>
/// A date expression found in a sentence: characters [Start, Start+Length). <see cref="Date"/> is null when it could not
/// be resolved (a relative date in an undated article, or an event-relative one before its anchor is known).
/// For <see cref="DateReference.EventRelative"/>, <see cref="OffsetDays"/> is how many days the sentence's subject lies
/// after the other event ("A comes one day after B": +1; "two days before B": -2).
/// </summary>
public sealed record DateExpression(int Start, int Length, string Text, PartialDate? Date, DateReference Reference, int OffsetDays = 0)
{
    public int End => Start + Length;
}
