namespace BriefingSite.Model;

public enum DatePrecision { Year, Month, Day }
