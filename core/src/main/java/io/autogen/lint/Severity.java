package io.autogen.lint;

/** How much a finding matters: an error fails {@code autogen lint}, a warning only with {@code --strict}. */
public enum Severity { error, warning, info }
