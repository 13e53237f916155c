package com.example.tickets;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "tickets",
       indexes = @Index(name = "ix_tickets_event", columnList = "event_id"),
       uniqueConstraints = @UniqueConstraint(name = "uq_tickets_seat", columnNames = {"event_id", "seat"}))
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", foreignKey = @ForeignKey(name = "fk_tickets_event"))
    private Event event;

    @ManyToOne
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_tickets_order"))
    private Order order;

    @Column(nullable = false, length = 12)
    private String seat;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;
}
