package com.acme.shop;

/** Not an entity: autogen never compiles it (a web framework it uses need not be on autogen's class path). */
public class ShopController {
}
