package zoo;

public enum Status { OPEN, CLOSED }
