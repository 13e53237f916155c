package com.acme.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class MoneyConverter implements AttributeConverter<Money, Long> {
    @Override public Long convertToDatabaseColumn(Money m) { return m == null ? null : m.cents(); }
    @Override public Money convertToEntityAttribute(Long c) { return c == null ? null : new Money(c); }
}
