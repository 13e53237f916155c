package realm;

public enum OperationKind { CREATE, UPDATE, DELETE, ACTION }
