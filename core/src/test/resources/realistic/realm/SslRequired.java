package realm;

public enum SslRequired { ALL, EXTERNAL, NONE }
