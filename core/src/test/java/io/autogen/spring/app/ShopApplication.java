package io.autogen.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application as users write one: entities beside it, autogen's jar on its class path. */
@SpringBootApplication
public class ShopApplication {
}
