package realm;

public enum CredentialKind { PASSWORD, OTP, WEBAUTHN, RECOVERY_CODES }
