package realm;

public enum SyncMode { IMPORT, LEGACY, FORCE }
