package realm;

public enum EventKind { LOGIN, LOGIN_ERROR, LOGOUT, REGISTER, CODE_TO_TOKEN, REFRESH_TOKEN }
