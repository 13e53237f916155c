package com.example.tickets;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
@Table(name = "events", indexes = @Index(name = "ix_events_status", columnList = "status"))
public class Event {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id", foreignKey = @ForeignKey(name = "fk_events_venue"))
    private Venue venue;
}
