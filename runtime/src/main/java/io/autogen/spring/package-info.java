/**
 * Spring Boot start-up integration: {@link io.autogen.spring.AutogenAutoConfiguration} applies the application's
 * compiled migrations before JPA starts. Compiled against Spring Boot, loaded only where it runs.
 */
package io.autogen.spring;
