package realm;

public enum DecisionStrategy { UNANIMOUS, AFFIRMATIVE, CONSENSUS }
