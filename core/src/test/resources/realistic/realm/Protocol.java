package realm;

public enum Protocol { OPENID_CONNECT, SAML }
