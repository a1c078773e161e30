namespace BriefingSite.Extraction.Events;

/// <summary>
/// The year an article's text last told of, carried from sentence to sentence ("In April 1989 a quarrel turned into a
/// crisis. That August, the two broke off relations"): what "That August", "later that year" or "the following year"
/// are counted from when their own sentence gives no year. A day counted from the article's ("on Tuesday") ends it.
/// </summary>
public sealed class YearCarry
{
    public int? Year { get; set; }
}
