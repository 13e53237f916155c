package com.acme.money;

public record Money(long cents) {}
