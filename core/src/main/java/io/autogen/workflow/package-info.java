/**
 * autogen: Alembic's autogenerate workflow for JPA. {@link io.autogen.workflow.Autogen} is the facade every command calls;
 * the pipeline stages live in the sub-packages (model, source, ops, diff, render, runtime, dialect, check, cli).
 */
package io.autogen.workflow;
