package com.acme.shop;

import com.acme.money.Money;
import com.acme.money.MoneyConverter;
import jakarta.persistence.*;

@Entity
public class CustomerOrder {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String customerName;

    @Convert(converter = MoneyConverter.class)
    Money totalPrice;
}
