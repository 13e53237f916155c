package zoo;

public enum Priority { LOW, MEDIUM, HIGH }
