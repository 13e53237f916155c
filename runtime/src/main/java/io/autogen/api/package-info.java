/**
 * The API migrations compile against, and nothing else: {@link io.autogen.api.Migration},
 * {@link io.autogen.api.Revision}, the {@link io.autogen.api.Operations} facade and the {@link io.autogen.api.Ddl}
 * builders. Everything outside this package is internal and may change.
 */
package io.autogen.api;
