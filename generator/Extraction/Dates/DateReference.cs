namespace BriefingSite.Extraction.Dates;

/// <summary>How a date expression is anchored: on the calendar, to the article's own date, or to another event ("one day after").</summary>
public enum DateReference { Absolute, ArticleRelative, EventRelative }
