package realm;

public enum EnforcementMode { ENFORCING, PERMISSIVE, DISABLED }
