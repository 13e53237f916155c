/**
 * Rendering: operations → the Java source of a migration. A Mustache skeleton holds only slots; the
 * {@link io.autogen.render.CallRenderer} writes each operation as the {@code op.*} call that stands for it.
 */
package io.autogen.render;
