namespace BriefingSite.Model;

public enum ActorKind { Person, Organization, Country }
