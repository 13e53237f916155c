package zoo;

import jakarta.persistence.*;

/** AUTO id: Hibernate's default sequence (note_seq, increment 50). */
@Entity
@Table(name = "note")
public class Note {
    @Id @GeneratedValue
    Long id;
    @Column(columnDefinition = "text")
    String body;
}
