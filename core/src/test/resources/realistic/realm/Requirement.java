package realm;

public enum Requirement { REQUIRED, CONDITIONAL, ALTERNATIVE, DISABLED }
