package io.autogen.lint;

/**
 * One row of the rule table: a stable code, its severity, what it detects, and the safer alternative.
 * {@code dataLoss} rules are written in the migration file as {@code // DATA LOSS: ...}, as they always were.
 */
public record Rule(String code, Severity severity, String detects, String safer, boolean dataLoss) {}
